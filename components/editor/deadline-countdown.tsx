"use client";

import { useEffect, useState } from "react";
import { describeDuration, formatDuration, formatLocalDateTime } from "@/components/debate/time";

/**
 * "Locks in 2 h 5 min", ticking. Calls `onPass` once when the deadline passes. The ticking
 * text is hidden from screen readers, which read the time left as words instead.
 */
export function DeadlineCountdown({ locksAt, onPass }: { locksAt: Date; onPass: () => void }) {
  const [now, setNow] = useState<number | null>(null);
  const deadline = locksAt.getTime();

  useEffect(() => {
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const timer = setInterval(tick, 1_000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, []);

  const hasPassed = now !== null && now >= deadline;
  useEffect(() => {
    if (hasPassed) onPass();
  }, [hasPassed, onPass]);

  if (now === null) {
    return (
      <p className="text-sm text-stone-800">
        Locks <time dateTime={locksAt.toISOString()}>{locksAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>
      </p>
    );
  }
  if (hasPassed) return <p className="text-sm font-medium text-stone-900">The deadline has passed</p>;
  const left = deadline - now;
  return (
    <p className="text-sm text-stone-800">
      <span aria-hidden="true">
        Locks in <span className="font-semibold tabular-nums">{formatDuration(left)}</span>
      </span>
      <span className="sr-only">Locks in {describeDuration(left)}</span>{" "}
      <span className="text-stone-600">
        (<time dateTime={locksAt.toISOString()}>{formatLocalDateTime(locksAt)}</time>)
      </span>
    </p>
  );
}
