"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/components/trpc/react";

/** setTimeout holds 32-bit milliseconds; a longer wait would fire at once. */
const longestTimeout = 2 ** 31 - 1;
const catchUpDelay = 3_000;
const catchUpAttempts = 5;

/**
 * Re-renders the page from the server (and re-reads ballot counts and results) when the next deadline passes, so round states change
 * on time with nobody clicking. When a deadline has passed but the server still reports the
 * old state (clocks a little apart), it asks again a few times, then gives up quietly.
 */
export function DeadlineRefresh({ deadlines }: { deadlines: ReadonlyArray<Date | null> }) {
  const router = useRouter();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const attemptsFor = useRef(new Map<number, number>());
  // Bumped after each refresh, so a refresh that changed nothing still schedules the next try.
  const [refreshCount, setRefreshCount] = useState(0);
  const times = deadlines.filter((deadline): deadline is Date => deadline !== null).map((deadline) => deadline.getTime());
  const key = [...new Set(times)].sort((left, right) => left - right).join(",");

  useEffect(() => {
    if (key === "") return;
    const sorted = key.split(",").map(Number);
    const now = Date.now();
    const overdue = sorted.filter((time) => time <= now && (attemptsFor.current.get(time) ?? 0) < catchUpAttempts);
    const upcoming = sorted.find((time) => time > now);
    let delay: number;
    if (overdue.length > 0) {
      for (const time of overdue) attemptsFor.current.set(time, (attemptsFor.current.get(time) ?? 0) + 1);
      delay = catchUpDelay;
    } else if (upcoming !== undefined) {
      delay = Math.min(longestTimeout, upcoming - now + 500);
    } else {
      return;
    }
    const timer = setTimeout(() => {
      // Passing a deadline changes what the server shows; nobody sends an event when voting simply runs out.
      void queryClient.invalidateQueries({ queryKey: trpc.vote.pathKey() });
      router.refresh();
      setRefreshCount((count) => count + 1);
    }, delay);
    return () => clearTimeout(timer);
  }, [key, refreshCount, router, queryClient, trpc]);

  return null;
}
