import type { ReactNode } from "react";
import { classNames } from "@/components/ui/class-names";

/** A form- or page-level error, announced as soon as it appears. */
export function ErrorAlert({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div role="alert" className={classNames("rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-900", className)}>
      {children}
    </div>
  );
}

/**
 * A polite live region for confirmations such as "Saved". It is always rendered, so screen
 * readers announce the text when it changes.
 */
export function StatusMessage({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <p role="status" className={classNames("text-sm text-emerald-800", className)}>
      {children}
    </p>
  );
}
