import { CourseHomeSkeleton } from "@/components/skeletons/page-skeletons";

export default function Loading() {
  return <CourseHomeSkeleton />;
}
