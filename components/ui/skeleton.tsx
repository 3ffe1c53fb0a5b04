import type { ReactNode } from "react";
import { classNames } from "@/components/ui/class-names";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={classNames("animate-pulse rounded-md bg-stone-200 motion-reduce:animate-none", className)} />;
}

/** Wraps a loading layout so assistive technology hears one "Loading …" instead of shapes. */
export function LoadingRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div aria-busy="true">
      <p role="status" className="sr-only">
        {label}
      </p>
      {children}
    </div>
  );
}
