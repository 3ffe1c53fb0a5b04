import { LocalTime } from "@/components/debate/local-time";
import { scoreOutOf, signedPoints } from "@/components/grading/labels";
import { formatPoints } from "@/components/grading/scoring";
import type { MyGrade } from "@/components/grading/types";
import { Badge } from "@/components/ui/badge";

/** A student's released grades, each with its score and the rubric's feedback. */
export function MyGrades({ grades }: { grades: MyGrade[] }) {
  return (
    <ol className="space-y-6">
      {grades.map((grade) => (
        <li key={grade.gradeId}>
          <GradeCard grade={grade} />
        </li>
      ))}
    </ol>
  );
}

function GradeCard({ grade }: { grade: MyGrade }) {
  const headingId = `grade-${grade.gradeId}`;
  const title = grade.kind === "debate" ? `${grade.debate.title}: ${grade.round.name}` : grade.thread.title;
  return (
    <article aria-labelledby={headingId} className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <header className="space-y-2">
        <p className="flex flex-wrap items-center gap-2 text-sm text-stone-700">
          <span>{grade.kind === "debate" ? `Debate · round ${grade.round.index + 1}` : "Seminar participation"}</span>
          {grade.isRegraded ? (
            <Badge tone="violet">
              Regraded<span className="sr-only">: changed since it was released</span>
            </Badge>
          ) : null}
        </p>
        <h2 id={headingId} className="font-serif text-xl font-semibold text-stone-950">
          {title}
        </h2>
        <p className="text-lg text-stone-950">
          Your score: <span className="font-semibold">{scoreOutOf(grade.score, grade.totalPoints)}</span>
        </p>
        {grade.kind === "debate" ? (
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
            <dt className="text-stone-600">Team score</dt>
            <dd className="text-stone-900">
              {scoreOutOf(grade.teamScore, grade.totalPoints)} (team {grade.teamName})
            </dd>
            {grade.adjustment ? (
              <>
                <dt className="text-stone-600">Your adjustment</dt>
                <dd className="text-stone-900">
                  {signedPoints(grade.adjustment.points)} points{grade.adjustment.reason ? `: ${grade.adjustment.reason}` : ""}
                </dd>
              </>
            ) : null}
          </dl>
        ) : null}
        <p className="text-xs text-stone-600">
          Released <LocalTime date={grade.releasedAt} />
        </p>
      </header>

      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left font-medium text-stone-900">Rubric feedback: {grade.rubricTitle}</caption>
        <thead className="border-b border-stone-200 text-stone-700">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              Criterion
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Level
            </th>
            <th scope="col" className="py-2 pr-3 font-medium">
              Points
            </th>
            <th scope="col" className="py-2 font-medium">
              Comment
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {grade.criteria.map((criterion) => (
            <tr key={criterion.name} className="align-top">
              <th scope="row" className="py-2 pr-3 font-medium text-stone-900">
                {criterion.name}
              </th>
              <td className="py-2 pr-3">
                {criterion.level ? (
                  <>
                    <span className="font-medium text-stone-900">{criterion.level.label}</span>
                    {criterion.level.descriptor ? <span className="block text-stone-700">{criterion.level.descriptor}</span> : null}
                  </>
                ) : (
                  <span className="text-stone-600">—</span>
                )}
              </td>
              <td className="py-2 pr-3 whitespace-nowrap text-stone-900">
                {criterion.points === null ? "—" : `${formatPoints(criterion.points)} / ${formatPoints(criterion.worth)}`}
              </td>
              <td className="py-2 whitespace-pre-line text-stone-800">{criterion.comment || <span className="text-stone-600">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {grade.comment ? (
        <div className="rounded-md bg-stone-50 p-4">
          <h3 className="text-sm font-semibold text-stone-950">Overall comment</h3>
          <p className="mt-1 whitespace-pre-line text-stone-800">{grade.comment}</p>
        </div>
      ) : null}
    </article>
  );
}
