import { AppError } from "@/server/domain/app-error";

/** Points are kept to hundredths, rounded half away from zero (1.005 → 1.01, −0.125 → −0.13). */
export function roundPoints(value: number): number {
  const rounded = Math.round((Math.abs(value) + Number.EPSILON) * 100) / 100;
  return value < 0 ? -rounded : rounded;
}

export type ScorableCriterion = {
  id: string;
  name: string;
  /** What the criterion is worth: weight × totalPoints / 100. */
  worth: number;
  minPoints: number | null;
  maxPoints: number | null;
  levels: { id: string; label: string; points: number }[];
};

export type ScoreInput = { criterionId: string; levelId: string | null; points: number | null };

/**
 * The points a grader's choice for one criterion is worth: a level alone gives its points; points
 * given outright must lie in the criterion's range (or between 0 and its worth when it has none).
 * `field` names the input for the error.
 */
export function criterionPoints(criterion: ScorableCriterion, score: ScoreInput, field: string): number {
  const level = score.levelId === null ? null : criterion.levels.find((candidate) => candidate.id === score.levelId);
  if (level === undefined) throw new AppError("BAD_REQUEST", `${field}.levelId: that level is not one of "${criterion.name}"'s`, { field: `${field}.levelId` });
  if (score.points === null) {
    if (!level) throw new AppError("BAD_REQUEST", `${field}: pick a level or give points for "${criterion.name}"`, { field });
    return level.points;
  }
  const points = roundPoints(score.points);
  const [min, max] = criterion.minPoints !== null && criterion.maxPoints !== null ? [criterion.minPoints, criterion.maxPoints] : [0, criterion.worth];
  if (points < min || points > max) {
    throw new AppError("BAD_REQUEST", `${field}.points: "${criterion.name}" takes ${min} to ${max} points, not ${points}`, { field: `${field}.points` });
  }
  return points;
}

export type GradeTotals = {
  /** The team's points: the sum of the scored criteria. */
  teamScore: number;
  /** Whether every criterion has a score (a grade can be finalized only then). */
  isComplete: boolean;
  missingCriteria: string[];
  /** Each adjusted student's points: team score plus their adjustment, kept within 0…totalPoints. */
  studentScores: Map<string, number>;
};

export function gradeTotals(
  rubric: { totalPoints: number; criteria: { id: string; name: string }[] },
  scores: { criterionId: string; points: number }[],
  adjustments: { userId: string; points: number }[],
): GradeTotals {
  const scored = new Set(scores.map((score) => score.criterionId));
  const teamScore = roundPoints(scores.reduce((sum, score) => sum + score.points, 0));
  const missingCriteria = rubric.criteria.filter((criterion) => !scored.has(criterion.id)).map((criterion) => criterion.name);
  return {
    teamScore,
    isComplete: missingCriteria.length === 0,
    missingCriteria,
    studentScores: new Map(adjustments.map((adjustment) => [adjustment.userId, studentScore(teamScore, adjustment.points, rubric.totalPoints)])),
  };
}

/** A student's points: the team's plus their adjustment, never below 0 nor above the rubric's total. */
export function studentScore(teamScore: number, adjustment: number, totalPoints: number): number {
  return Math.min(totalPoints, Math.max(0, roundPoints(teamScore + adjustment)));
}
