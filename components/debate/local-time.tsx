"use client";

import { formatLocalDateTime, formatUtcDateTime } from "@/components/debate/time";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

/** A moment in the reader's own time zone; the server render, not knowing it, says UTC. */
export function LocalTime({ date, className }: { date: Date; className?: string }) {
  const isHydrated = useIsHydrated();
  return (
    <time dateTime={date.toISOString()} className={className}>
      {isHydrated ? formatLocalDateTime(date) : formatUtcDateTime(date)}
    </time>
  );
}
