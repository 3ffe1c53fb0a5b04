import Link from "next/link";
import { pluralize } from "@/components/format/labels";
import { participationPaths } from "@/components/grading/participation/paths";
import type { RouterOutputs } from "@/components/trpc/types";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

type SeminarGradingListProps = { courseId: string; threads: RouterOutputs["grade"]["participationThreads"] };

/**
 * The course's seminar threads on the grading page (grade.participationThreads): rubric, progress
 * and release, each linking to its participation grading.
 */
export function SeminarGradingList({ courseId, threads }: SeminarGradingListProps) {
  if (threads.length === 0) return <EmptyState title="No seminar threads yet">Each posted seminar question has a thread whose participation can be graded.</EmptyState>;
  return (
    <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200 bg-white">
      {threads.map((thread) => (
        <li key={thread.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="min-w-0 space-y-1">
            <Link href={participationPaths.thread(courseId, thread.id)} className="font-medium text-teal-800 underline hover:text-teal-900">
              {thread.title}
            </Link>
            <p className="text-sm text-stone-700">
              {pluralize(thread.postCount, "post")} · {thread.rubric ? `Rubric: ${thread.rubric.title} (version ${thread.rubric.version})` : "No rubric yet"} · {thread.progress.final} of{" "}
              {thread.progress.total} graded (final)
            </p>
          </div>
          {thread.releasedAt ? <Badge tone="emerald">Released</Badge> : <Badge tone="stone">Not released</Badge>}
        </li>
      ))}
    </ul>
  );
}
