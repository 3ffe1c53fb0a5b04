import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

export default function Loading() {
  return (
    <LoadingRegion label="Loading the argument…">
      <div className="space-y-6">
        <Skeleton className="h-4 w-64" />
        <Skeleton className="h-9 w-2/3" />
        <Skeleton className="h-4 w-full max-w-xl" />
        <div className="grid gap-6 lg:grid-cols-[1fr_16rem]">
          <Skeleton className="h-96" />
          <Skeleton className="h-40" />
        </div>
      </div>
    </LoadingRegion>
  );
}
