import { NotFoundPanel } from "@/components/errors/not-found-panel";

export default function CourseNotFound() {
  return (
    <NotFoundPanel
      title="That page is not in this course"
      message="It may have been deleted, or the link may be wrong."
      backHref="/courses"
      backLabel="Back to my courses"
    />
  );
}
