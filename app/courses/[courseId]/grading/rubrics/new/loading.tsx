import { FormPageSkeleton } from "@/components/skeletons/page-skeletons";

export default function Loading() {
  return <FormPageSkeleton label="Loading the rubric builder…" />;
}
