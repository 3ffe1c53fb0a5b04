import type { DashboardCriterion, DashboardRubric } from "@/components/dashboard/types";
import { pluralize } from "@/components/format/labels";

/** How final grades spread over each criterion's levels: an HTML bar chart whose numbers are its text. */
export function GradeDistribution({ rubrics }: { rubrics: DashboardRubric[] }) {
  if (rubrics.length === 0) {
    return <p className="rounded-md border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">No final grades yet: the distribution appears once a grade is finalized.</p>;
  }
  return (
    <div className="space-y-6">
      {rubrics.map((rubric) => (
        <section key={rubric.id} aria-labelledby={`rubric-${rubric.id}`} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
          <h3 id={`rubric-${rubric.id}`} className="font-semibold text-stone-950">
            {rubric.title} <span className="font-normal text-stone-700">(version {rubric.version}, {rubric.totalPoints} points)</span>
          </h3>
          <div className="mt-3 grid gap-4 lg:grid-cols-2">
            {rubric.criteria.map((criterion) => (
              <CriterionChart key={criterion.id} criterion={criterion} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}

function CriterionChart({ criterion }: { criterion: DashboardCriterion }) {
  const bars = [
    ...criterion.levels.map((level) => ({ key: level.id, label: level.label, points: `${level.points}`, count: level.count })),
    ...(criterion.pointsOnly > 0 ? [{ key: "points-only", label: "Points without a level", points: "–", count: criterion.pointsOnly }] : []),
  ];
  const most = Math.max(1, ...bars.map((bar) => bar.count));
  const usedFor = [criterion.debateScores > 0 ? "debate arguments" : null, criterion.seminarScores > 0 ? "seminar participation" : null].filter(Boolean).join(" and ");
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left">
        <span className="font-medium text-stone-950">{criterion.name}</span>{" "}
        <span className="text-stone-700">
          ({criterion.worth} points; {pluralize(criterion.scored, "final grade")} of {usedFor}; mean {criterion.meanPoints})
        </span>
      </caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Level</th>
          <th scope="col">Points</th>
          <th scope="col">Final grades</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((bar) => (
          <tr key={bar.key}>
            <th scope="row" className="w-36 py-1 pr-2 font-normal text-stone-900">{bar.label}</th>
            <td className="w-12 py-1 pr-2 text-right tabular-nums text-stone-700">{bar.points}</td>
            <td className="py-1">
              <span className="flex items-center gap-2">
                <span aria-hidden="true" className="inline-block h-4 rounded-sm bg-teal-700" style={{ width: `${Math.max(bar.count === 0 ? 0.5 : 2, (bar.count / most) * 100) * 0.8}%` }} />
                <span className="tabular-nums text-stone-900">{bar.count}</span>
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
