/** Shapes and small helpers shared by the grading components (no React, no server code). */

export type ScorerLevel = { id: string; label: string; points: number; descriptor: string };

export type ScorerCriterion = {
  id: string;
  name: string;
  description: string;
  /** What the criterion is worth in points (weight × the rubric's total / 100). */
  worth: number;
  /** An optional range the grader may give any points in; both set or both null. */
  minPoints: number | null;
  maxPoints: number | null;
  /** Best first. */
  levels: ScorerLevel[];
};

/** What the scorer needs of a rubric: grade.get's `rubric` and rubric.get both fit. */
export type ScorerRubric = { criteria: ScorerCriterion[] };

/** One criterion's score as grade.saveDraft takes it: a level, or points (within a range), and a comment. */
export type ScoreDraft = { criterionId: string; levelId: string | null; points: number | null; comment: string };

/** The scores saveDraft accepts: those with a level or points (a comment alone waits for one). */
export function scorableScores(scores: readonly ScoreDraft[]): ScoreDraft[] {
  return scores.filter((score) => score.levelId !== null || score.points !== null);
}

/** The points a score is worth on screen: typed points, else the chosen level's, else null. */
export function scorePoints(criterion: ScorerCriterion, score: ScoreDraft | undefined): number | null {
  if (!score) return null;
  if (score.points !== null) return score.points;
  return criterion.levels.find((level) => level.id === score.levelId)?.points ?? null;
}

/** The team's points so far, to hundredths, as the server computes them. */
export function teamPoints(rubric: ScorerRubric, scores: readonly ScoreDraft[]): number {
  const sum = rubric.criteria.reduce((total, criterion) => total + (scorePoints(criterion, scores.find((score) => score.criterionId === criterion.id)) ?? 0), 0);
  return Math.round(sum * 100) / 100;
}

/** Criteria still without a level or points. */
export function unscoredCriteria(rubric: ScorerRubric, scores: readonly ScoreDraft[]): ScorerCriterion[] {
  return rubric.criteria.filter((criterion) => scorePoints(criterion, scores.find((score) => score.criterionId === criterion.id)) === null);
}

/** 12 → "12", 12.5 → "12.5", 12.25 → "12.25". */
export function formatPoints(points: number): string {
  return Number.isInteger(points) ? String(points) : String(Math.round(points * 100) / 100);
}

/** Whether a key pressed in this element is typing (text boxes, text areas, editable content), not a shortcut. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) return !["radio", "checkbox", "button", "submit", "reset"].includes(target.type);
  return false;
}
