import { AuthFormSkeleton } from "@/components/skeletons/page-skeletons";

export default function Loading() {
  return <AuthFormSkeleton />;
}
