import Link from "next/link";
import { seminarPaths, type ThreadSummary } from "@/components/seminar/types";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

const stateLabel: Record<ThreadSummary["state"], string | null> = { OPEN: null, SCHEDULED: "Not open yet", CLOSED: "Closed", LOCKED: "Locked" };

/** The course's threads grouped by case, with how much is unread in each. */
export function ThreadList({ courseId, threads, isCaseShown = true }: { courseId: string; threads: ThreadSummary[]; isCaseShown?: boolean }) {
  if (threads.length === 0) {
    return <EmptyState title="No seminar threads yet">Threads appear here when a seminar prompt is posted on a case.</EmptyState>;
  }
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
      {threads.map((thread) => {
        const state = stateLabel[thread.state];
        return (
          <li key={thread.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <Link href={seminarPaths.thread(courseId, thread.id)} className="font-medium text-teal-900 hover:underline">
                {thread.title}
              </Link>
              {thread.case && isCaseShown ? <p className="text-sm text-stone-700">{thread.case.title}</p> : null}
            </div>
            <div className="flex shrink-0 flex-wrap items-center gap-2 text-sm text-stone-700">
              {state ? <Badge tone="stone">{state}</Badge> : null}
              <span>
                {thread.postCount} {thread.postCount === 1 ? "post" : "posts"}
              </span>
              {thread.unreadCount > 0 ? <Badge tone="amber">{thread.unreadCount} unread</Badge> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
