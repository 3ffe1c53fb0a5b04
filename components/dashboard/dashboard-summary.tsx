import type { CourseDashboard } from "@/components/dashboard/types";
import { pluralize } from "@/components/format/labels";

/** The few numbers to read first. */
export function DashboardSummary({ dashboard }: { dashboard: CourseDashboard }) {
  const rounds = dashboard.debates.filter((debate) => debate.status === "PUBLISHED").flatMap((debate) => debate.rounds);
  const progress = [...dashboard.debates.map((debate) => debate.grading), ...dashboard.seminarGrading.map((thread) => thread.progress)];
  const notFinal = progress.reduce((sum, { final, total }) => sum + total - final, 0);
  const figures = [
    { label: "Rounds open for writing", value: rounds.filter((round) => round.state === "OPEN").length },
    { label: "Rounds voting now", value: rounds.filter((round) => round.state === "VOTING").length },
    { label: "Grades not yet final (arguments and graded participation)", value: notFinal },
    { label: `Students inactive for ${pluralize(dashboard.inactiveDays, "day")}`, value: dashboard.inactiveStudents },
  ];
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {figures.map((figure) => (
        <div key={figure.label} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <dt className="text-sm text-stone-700">{figure.label}</dt>
          <dd className="mt-1 text-2xl font-semibold tabular-nums text-stone-950">{figure.value}</dd>
        </div>
      ))}
    </dl>
  );
}
