import Link from "next/link";
import type { DashboardDebate } from "@/components/dashboard/types";
import { gradingPaths } from "@/components/grading/paths";
import { LocalTime } from "@/components/debate/local-time";

/** Final grades against submissions, per debate, each leading to its grading queue. */
export function GradingProgress({ courseId, debates }: { courseId: string; debates: DashboardDebate[] }) {
  const graded = debates.filter((debate) => debate.grading.total > 0);
  if (graded.length === 0) {
    return <p className="rounded-md border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">No argument has been handed in yet: grading starts once a round locks.</p>;
  }
  return (
    <ul className="grid gap-3 sm:grid-cols-2">
      {graded.map((debate) => {
        const percent = Math.round((debate.grading.final / debate.grading.total) * 100);
        const labelId = `grading-${debate.id}`;
        return (
          <li key={debate.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
            <p id={labelId} className="truncate font-medium text-stone-950" title={debate.title}>
              {debate.title}
            </p>
            <progress aria-labelledby={labelId} value={debate.grading.final} max={debate.grading.total} className="mt-2 h-2 w-full accent-teal-800" />
            <p className="mt-1 flex flex-wrap justify-between gap-2 text-sm text-stone-800">
              <span className="tabular-nums">
                {debate.grading.final} of {debate.grading.total} final ({percent}%)
                {debate.grading.drafts > 0 ? `, ${debate.grading.drafts} in draft` : ""}
              </span>
              <Link href={gradingPaths.debate(courseId, debate.id)} className="font-medium text-teal-800 underline hover:text-teal-900">
                Grade<span className="sr-only"> {debate.title}</span>
              </Link>
            </p>
            {debate.releasedAt ? (
              <p className="mt-1 text-xs text-stone-700">
                Released <LocalTime date={debate.releasedAt} />
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
