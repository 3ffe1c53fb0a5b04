import { GenericPageSkeleton } from "@/components/skeletons/page-skeletons";

export default function Loading() {
  return <GenericPageSkeleton />;
}
