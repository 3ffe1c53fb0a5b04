import { AppError } from "@/server/domain/app-error";
import { roundPoints } from "@/server/domain/grading/score";

/**
 * The rules a rubric must keep, checked before it is saved.
 *
 * Weights are percentages: they add up to 100, and a criterion is worth
 * `weight × totalPoints / 100` points. Its levels are listed best first with strictly falling
 * points, none above what the criterion is worth. An optional range [minPoints, maxPoints] inside
 * [0, the criterion's worth] bounds the points a grader may give it, levels included, and lets
 * them give any points in it rather than a level's exact points.
 */

export type RubricLevelDraft = { label: string; points: number; descriptor: string };
export type RubricCriterionDraft = {
  name: string;
  description: string;
  weight: number;
  minPoints: number | null;
  maxPoints: number | null;
  levels: RubricLevelDraft[];
};
export type RubricDraft = { title: string; totalPoints: number; criteria: RubricCriterionDraft[] };

export type RubricIssue = { field: string; message: string };

/** What a criterion of `weight` percent is worth in a rubric of `totalPoints`. */
export function criterionWorth(weight: number, totalPoints: number): number {
  return roundPoints((weight * totalPoints) / 100);
}

export function rubricIssues(rubric: RubricDraft): RubricIssue[] {
  const issues: RubricIssue[] = [];
  const weightSum = rubric.criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
  if (weightSum !== 100) issues.push({ field: "criteria", message: `Weights must add up to 100; they add up to ${weightSum}` });

  const names = new Set<string>();
  rubric.criteria.forEach((criterion, criterionIndex) => {
    const at = `criteria.${criterionIndex}`;
    const worth = criterionWorth(criterion.weight, rubric.totalPoints);
    const name = criterion.name.toLowerCase();
    if (names.has(name)) issues.push({ field: `${at}.name`, message: `"${criterion.name}" names two criteria` });
    names.add(name);

    const labels = new Set<string>();
    criterion.levels.forEach((level, levelIndex) => {
      const levelAt = `${at}.levels.${levelIndex}`;
      const label = level.label.toLowerCase();
      if (labels.has(label)) issues.push({ field: `${levelAt}.label`, message: `"${level.label}" is used twice in "${criterion.name}"` });
      labels.add(label);
      if (level.points > worth) {
        issues.push({
          field: `${levelAt}.points`,
          message: `${level.points} points is more than "${criterion.name}" is worth (${worth}: ${criterion.weight}% of ${rubric.totalPoints})`,
        });
      }
      const above = criterion.levels[levelIndex - 1];
      if (above && level.points >= above.points) {
        issues.push({ field: `${levelAt}.points`, message: `must be fewer than the level above ("${above.label}", ${above.points} points)` });
      }
    });

    const { minPoints, maxPoints } = criterion;
    if ((minPoints === null) !== (maxPoints === null)) {
      issues.push({ field: `${at}.${minPoints === null ? "minPoints" : "maxPoints"}`, message: "A point range needs both a minimum and a maximum" });
    } else if (minPoints !== null && maxPoints !== null) {
      if (minPoints >= maxPoints) issues.push({ field: `${at}.maxPoints`, message: `must be more than the minimum (${minPoints})` });
      if (maxPoints > worth) issues.push({ field: `${at}.maxPoints`, message: `${maxPoints} points is more than "${criterion.name}" is worth (${worth})` });
      // An inverted range is reported once, above, rather than against every level.
      const isRangeUsable = minPoints < maxPoints;
      criterion.levels.forEach((level, levelIndex) => {
        if (isRangeUsable && (level.points < minPoints || level.points > maxPoints)) {
          issues.push({ field: `${at}.levels.${levelIndex}.points`, message: `${level.points} points is outside the criterion's range (${minPoints} to ${maxPoints})` });
        }
      });
    }
  });
  return issues;
}

/** Throws a BAD_REQUEST naming every problem (`criteria.2.levels.1.points: …`); the first one's field is shown at its control. */
export function assertValidRubric(rubric: RubricDraft): void {
  const issues = rubricIssues(rubric);
  if (issues.length === 0) return;
  throw new AppError("BAD_REQUEST", issues.map((issue) => `${issue.field}: ${issue.message}`).join("; "), { field: issues[0]!.field });
}
