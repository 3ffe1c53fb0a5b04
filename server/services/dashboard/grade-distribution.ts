import type { Db } from "@/server/db";
import { roundPoints } from "@/server/domain/grading/score";

type Row = {
  rubricId: string;
  rubricTitle: string;
  version: number;
  totalPoints: number;
  criterionId: string;
  criterionName: string;
  weight: number;
  scored: number;
  debateScores: number;
  seminarScores: number;
  meanPoints: number;
  pointsOnly: number;
  levelId: string | null;
  levelLabel: string | null;
  levelPoints: number | null;
  levelCount: number;
};

/**
 * How FINAL grades spread over each criterion's levels, for every rubric version that has final
 * grades: team grades of debate submissions and participation grades of seminar threads alike
 * (each criterion belongs to one rubric, so the two never mix within a chart unless the same
 * rubric grades both). Scores given as points without a level are counted apart. One query.
 */
export async function gradeDistribution(db: Db, input: { courseId: string }) {
  const rows = await db.$queryRaw<Row[]>`
    WITH final_scores AS (
      SELECT cs."criterionId", cs."levelId", cs.points, g."submissionId" IS NOT NULL AS "isDebate"
        FROM "CriterionScore" cs
        JOIN "Grade" g ON g.id = cs."gradeId"
        JOIN "Rubric" r ON r.id = g."rubricId"
       WHERE r."courseId" = ${input.courseId} AND g.status = 'FINAL'
    ),
    criterion_figures AS (
      SELECT "criterionId", count(*)::int AS scored,
             count(*) FILTER (WHERE "isDebate")::int AS "debateScores",
             count(*) FILTER (WHERE NOT "isDebate")::int AS "seminarScores",
             avg(points)::float8 AS "meanPoints",
             count(*) FILTER (WHERE "levelId" IS NULL)::int AS "pointsOnly"
        FROM final_scores GROUP BY "criterionId"
    ),
    level_counts AS (
      SELECT "levelId", count(*)::int AS n FROM final_scores WHERE "levelId" IS NOT NULL GROUP BY "levelId"
    )
    SELECT r.id AS "rubricId", r.title AS "rubricTitle", r.version, r."totalPoints",
           c.id AS "criterionId", c.name AS "criterionName", c.weight,
           f.scored, f."debateScores", f."seminarScores", f."meanPoints", f."pointsOnly",
           l.id AS "levelId", l.label AS "levelLabel", l.points AS "levelPoints", coalesce(lc.n, 0)::int AS "levelCount"
      FROM criterion_figures f
      JOIN "RubricCriterion" c ON c.id = f."criterionId"
      JOIN "Rubric" r ON r.id = c."rubricId"
      LEFT JOIN "RubricLevel" l ON l."criterionId" = c.id
      LEFT JOIN level_counts lc ON lc."levelId" = l.id
     ORDER BY r."createdAt", r.id, c.position, l.position`;

  type Criterion = {
    id: string;
    name: string;
    /** What the criterion is worth in points. */
    worth: number;
    scored: number;
    debateScores: number;
    seminarScores: number;
    meanPoints: number;
    levels: { id: string; label: string; points: number; count: number }[];
    /** Scores given as points within the criterion's range, without a level. */
    pointsOnly: number;
  };
  const rubrics = new Map<string, { id: string; title: string; version: number; totalPoints: number; criteria: Map<string, Criterion> }>();
  for (const row of rows) {
    const rubric = rubrics.get(row.rubricId) ?? { id: row.rubricId, title: row.rubricTitle, version: row.version, totalPoints: row.totalPoints, criteria: new Map() };
    rubrics.set(row.rubricId, rubric);
    const criterion = rubric.criteria.get(row.criterionId) ?? {
      id: row.criterionId,
      name: row.criterionName,
      worth: roundPoints((row.weight * row.totalPoints) / 100),
      scored: row.scored,
      debateScores: row.debateScores,
      seminarScores: row.seminarScores,
      meanPoints: roundPoints(row.meanPoints),
      levels: [],
      pointsOnly: row.pointsOnly,
    };
    rubric.criteria.set(row.criterionId, criterion);
    if (row.levelId !== null) criterion.levels.push({ id: row.levelId, label: row.levelLabel ?? "", points: row.levelPoints ?? 0, count: row.levelCount });
  }
  return [...rubrics.values()].map((rubric) => ({ ...rubric, criteria: [...rubric.criteria.values()] }));
}
