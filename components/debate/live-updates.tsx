"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useTRPC } from "@/components/trpc/react";
import { useStreamWhileVisible } from "@/components/trpc/use-stream-while-visible";
import { classNames } from "@/components/ui/class-names";

type LiveUpdatesProps = {
  courseId: string;
  /** Only events about this debate matter; all of the course's when omitted. */
  debateId?: string;
  /** Ballot events only change counts: pages that show none can skip re-rendering for them. */
  isRefreshedByBallots?: boolean;
  className?: string;
};

/**
 * Keeps a debate page current: round changes and published teams re-render the page from
 * the server; ballots re-read the counts. Events carry ids only, so everything shown is read
 * again through the usual access rules. Also shows whether the page is live.
 */
export function LiveUpdates({ courseId, debateId, isRefreshedByBallots = false, className }: LiveUpdatesProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [refreshRequests, setRefreshRequests] = useState(0);
  const [startCount, setStartCount] = useState(0);

  // Several events in a burst (a lock freezes every team) become one refresh: each request
  // cancels the previous timer.
  useEffect(() => {
    if (refreshRequests === 0) return;
    const timer = setTimeout(() => router.refresh(), 150);
    return () => clearTimeout(timer);
  }, [refreshRequests, router]);

  // After a reconnection, events may have been missed: catch up once.
  useEffect(() => {
    if (startCount <= 1) return;
    void queryClient.invalidateQueries({ queryKey: trpc.vote.pathKey() });
    router.refresh();
  }, [startCount, queryClient, router, trpc]);

  const isStreaming = useStreamWhileVisible();
  const subscription = useSubscription(
    trpc.debate.events.subscriptionOptions(
      { courseId },
      {
        enabled: isStreaming,
        onStarted: () => setStartCount((count) => count + 1),
        onData: (event) => {
          // Seminar posts travel on the same course channel; they change nothing here.
          if (event.type === "post") return;
          if (debateId !== undefined && event.debateId !== debateId) return;
          void queryClient.invalidateQueries({ queryKey: trpc.vote.pathKey() });
          if (event.type !== "ballot" || isRefreshedByBallots) setRefreshRequests((count) => count + 1);
        },
      },
    ),
  );

  const isLive = subscription.status === "pending";
  return (
    <p className={classNames("inline-flex items-center gap-1.5 text-xs text-stone-700", className)}>
      <span aria-hidden="true" className={classNames("size-2 rounded-full", isLive ? "bg-emerald-600" : "bg-stone-400")} />
      {isLive
        ? "Live: updates as they happen"
        : !isStreaming
          ? "Live updates resume when you come back to this tab"
          : subscription.status === "error"
            ? "Live updates paused; reconnecting…"
            : "Connecting for live updates…"}
    </p>
  );
}
