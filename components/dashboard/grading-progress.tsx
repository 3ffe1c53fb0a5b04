import Link from "next/link";
import type { DashboardDebate, DashboardThread } from "@/components/dashboard/types";
import { LocalTime } from "@/components/debate/local-time";
import { participationPaths } from "@/components/grading/participation/paths";
import { gradingPaths } from "@/components/grading/paths";

type ProgressItem = { id: string; title: string; final: number; drafts: number; total: number; noun: string; href: string; releasedAt: Date | null };

/** Final grades against what there is to grade, per debate and per graded seminar thread, each leading to its queue. */
export function GradingProgress({ courseId, debates, threads }: { courseId: string; debates: DashboardDebate[]; threads: DashboardThread[] }) {
  const debateItems = debates
    .filter((debate) => debate.grading.total > 0)
    .map((debate) => ({ id: `debate-${debate.id}`, title: debate.title, ...debate.grading, noun: "final", href: gradingPaths.debate(courseId, debate.id), releasedAt: debate.releasedAt }));
  const threadItems = threads.map((thread) => ({
    id: `thread-${thread.id}`,
    title: thread.title,
    ...thread.progress,
    noun: "students graded",
    href: participationPaths.thread(courseId, thread.id),
    releasedAt: thread.releasedAt,
  }));
  return (
    <div className="space-y-5">
      <div>
        <h3 className="mb-2 font-medium text-stone-950">Debate arguments</h3>
        {debateItems.length === 0 ? (
          <EmptyNote>No argument has been handed in yet: grading starts once a round locks.</EmptyNote>
        ) : (
          <ProgressList items={debateItems} />
        )}
      </div>
      <div>
        <h3 className="mb-2 font-medium text-stone-950">Seminar participation</h3>
        {threadItems.length === 0 ? (
          <EmptyNote>
            No seminar thread has a rubric yet.{" "}
            <Link href={participationPaths.threads(courseId)} className="font-medium text-teal-800 underline hover:text-teal-900">
              Attach one to grade participation
            </Link>
          </EmptyNote>
        ) : (
          <ProgressList items={threadItems} />
        )}
      </div>
    </div>
  );
}

function EmptyNote({ children }: { children: React.ReactNode }) {
  return <p className="rounded-md border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">{children}</p>;
}

function ProgressList({ items }: { items: ProgressItem[] }) {
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {items.map((item) => {
        const percent = item.total === 0 ? 0 : Math.round((item.final / item.total) * 100);
        const labelId = `grading-${item.id}`;
        return (
          <li key={item.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <p id={labelId} className="truncate font-medium text-stone-950" title={item.title}>
              {item.title}
            </p>
            <progress aria-labelledby={labelId} value={item.final} max={Math.max(item.total, 1)} className="mt-2 h-2 w-full accent-teal-800" />
            <p className="mt-1 flex flex-wrap justify-between gap-2 text-sm text-stone-800">
              <span className="tabular-nums">
                {item.final} of {item.total} {item.noun} ({percent}%){item.drafts > 0 ? `, ${item.drafts} in draft` : ""}
              </span>
              <Link href={item.href} className="font-medium text-teal-800 underline hover:text-teal-900">
                Grade<span className="sr-only"> {item.title}</span>
              </Link>
            </p>
            {item.releasedAt ? (
              <p className="mt-1 text-xs text-stone-700">
                Released <LocalTime date={item.releasedAt} />
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
