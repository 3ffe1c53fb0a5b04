import { LoadingRegion, Skeleton } from "@/components/ui/skeleton";

function HeaderSkeleton() {
  return (
    <div className="space-y-3 border-b border-stone-200 pb-6">
      <Skeleton className="h-4 w-24" />
      <Skeleton className="h-9 w-2/3" />
      <Skeleton className="h-4 w-1/2" />
    </div>
  );
}

function CardSkeleton({ className = "h-32" }: { className?: string }) {
  return (
    <div className={`rounded-lg border border-stone-200 bg-white p-5 ${className}`}>
      <Skeleton className="h-5 w-2/3" />
      <Skeleton className="mt-3 h-3 w-full" />
      <Skeleton className="mt-2 h-3 w-5/6" />
    </div>
  );
}

export function GenericPageSkeleton() {
  return (
    <LoadingRegion label="Loading…">
      <div className="space-y-8">
        <HeaderSkeleton />
        <CardSkeleton className="h-40" />
        <CardSkeleton className="h-40" />
      </div>
    </LoadingRegion>
  );
}

export function CourseListSkeleton() {
  return (
    <LoadingRegion label="Loading your courses…">
      <div className="space-y-10">
        <HeaderSkeleton />
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <CardSkeleton />
          <CardSkeleton />
          <CardSkeleton />
        </div>
        <div className="grid gap-6 lg:grid-cols-2">
          <CardSkeleton className="h-56" />
          <CardSkeleton className="h-56" />
        </div>
      </div>
    </LoadingRegion>
  );
}

export function CourseHomeSkeleton() {
  return (
    <LoadingRegion label="Loading the course…">
      <div className="space-y-12">
        <HeaderSkeleton />
        <CardSkeleton className="h-44" />
        <div className="grid gap-4 lg:grid-cols-3">
          <CardSkeleton className="h-48" />
          <CardSkeleton className="h-48" />
          <CardSkeleton className="h-48" />
        </div>
        <div className="space-y-3">
          {[0, 1, 2, 3].map((index) => (
            <CardSkeleton key={index} className="h-24" />
          ))}
        </div>
      </div>
    </LoadingRegion>
  );
}

export function CasePageSkeleton() {
  return (
    <LoadingRegion label="Loading the case…">
      <div className="space-y-10">
        <HeaderSkeleton />
        <div className="grid gap-10 lg:grid-cols-3">
          <div className="space-y-6 lg:col-span-2">
            <CardSkeleton className="h-28" />
            <div className="ml-2 space-y-6 border-l-2 border-stone-200 pl-6">
              {[0, 1, 2, 3, 4].map((index) => (
                <div key={index} className="space-y-2">
                  <Skeleton className="h-3 w-28" />
                  <Skeleton className="h-4 w-full" />
                </div>
              ))}
            </div>
          </div>
          <div className="space-y-6">
            <CardSkeleton className="h-40" />
            <CardSkeleton className="h-56" />
          </div>
        </div>
      </div>
    </LoadingRegion>
  );
}

export function ListPageSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion label={label}>
      <div className="space-y-8">
        <HeaderSkeleton />
        <div className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {[0, 1, 2, 3, 4, 5].map((index) => (
            <div key={index} className="flex items-center gap-4 p-4">
              <Skeleton className="h-5 w-6" />
              <div className="flex-1 space-y-2">
                <Skeleton className="h-4 w-1/2" />
                <Skeleton className="h-3 w-1/4" />
              </div>
              <Skeleton className="h-8 w-40" />
            </div>
          ))}
        </div>
      </div>
    </LoadingRegion>
  );
}

export function FormPageSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion label={label}>
      <div className="space-y-8">
        <HeaderSkeleton />
        {[0, 1, 2].map((index) => (
          <div key={index} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
            <Skeleton className="h-5 w-40" />
            <Skeleton className="h-9 w-full" />
            <Skeleton className="h-20 w-full" />
          </div>
        ))}
      </div>
    </LoadingRegion>
  );
}

export function AuthFormSkeleton() {
  return (
    <LoadingRegion label="Loading…">
      <div className="mx-auto max-w-md py-6 sm:py-12">
        <div className="space-y-4 rounded-xl border border-stone-200 bg-white p-8">
          <Skeleton className="h-7 w-1/2" />
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-full" />
          <Skeleton className="h-9 w-full" />
        </div>
      </div>
    </LoadingRegion>
  );
}
