import { CourseListSkeleton } from "@/components/skeletons/page-skeletons";

export default function Loading() {
  return <CourseListSkeleton />;
}
