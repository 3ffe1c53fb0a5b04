import { CasePageSkeleton } from "@/components/skeletons/page-skeletons";

export default function Loading() {
  return <CasePageSkeleton />;
}
