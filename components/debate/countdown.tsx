"use client";

import { describeDuration, formatDuration } from "@/components/debate/time";
import { useNow } from "@/components/debate/use-now";

type CountdownProps = {
  /** The moment counted down to. */
  to: Date;
  /** What happens then, in the reader's words: "Locks", "Voting closes". */
  label: string;
  className?: string;
};

/**
 * "Locks in 2 d 3 h", ticking each second. Screen readers get the unabbreviated span on demand
 * rather than an announcement every second. Before hydration it renders nothing, so server and
 * browser HTML agree.
 */
export function Countdown({ to, label, className }: CountdownProps) {
  const now = useNow();
  if (now === null) return null;
  const remaining = to.getTime() - now;
  if (remaining <= 0) {
    return <span className={className}>{label} now…</span>;
  }
  return (
    <span className={className}>
      <span aria-hidden="true">
        {label} in <span className="tabular-nums">{formatDuration(remaining)}</span>
      </span>
      <span className="sr-only">
        {label} in {describeDuration(remaining)}
      </span>
    </span>
  );
}
