import type { ScoreDraft } from "@/components/grading/scoring";

/** Per student (by id), the adjustment as typed: points (may be empty or negative) and a reason. */
export type AdjustmentRows = Record<string, { points: string; reason: string }>;

export type AdjustmentDraft = { userId: string; points: number; reason: string };

export function initialAdjustmentRows(members: readonly { userId: string }[], adjustments: readonly AdjustmentDraft[]): AdjustmentRows {
  return Object.fromEntries(
    members.map((member) => {
      const adjustment = adjustments.find((candidate) => candidate.userId === member.userId);
      return [member.userId, { points: adjustment ? String(adjustment.points) : "", reason: adjustment?.reason ?? "" }];
    }),
  );
}

/**
 * The adjustments grade.saveDraft takes: rows with points other than 0, or a reason (empty
 * points count as 0). A row whose points do not read as a number is left out until they do.
 */
export function adjustmentsFrom(rows: AdjustmentRows): AdjustmentDraft[] {
  return Object.entries(rows).flatMap(([userId, row]) => {
    const points = row.points.trim() === "" ? 0 : Number(row.points.trim());
    const reason = row.reason.trim();
    if (!Number.isFinite(points) || (points === 0 && reason === "")) return [];
    return [{ userId, points, reason }];
  });
}

const withoutField = (field: string, message: string) => (message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message);

/**
 * The server's objections to scores (`scores.2.points: …`, indexed by the array it was sent)
 * keyed by criterion id, for the scorer to show under each criterion.
 */
export function scoreErrorsByCriterion(errors: Readonly<Record<string, string>>, sentScores: readonly ScoreDraft[]): Record<string, string> {
  const byCriterion: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) {
    const match = /^scores\.(\d+)(?:\.\w+)?$/.exec(field);
    const score = match ? sentScores[Number(match[1])] : undefined;
    if (score) byCriterion[score.criterionId] = withoutField(field, message);
  }
  return byCriterion;
}

/** A server message without the field path it starts with ("adjustments.0.points: …" → "…"). */
export function fieldMessage(field: string, message: string | undefined): string | undefined {
  return message === undefined ? undefined : withoutField(field, message);
}
