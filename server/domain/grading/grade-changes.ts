/**
 * What changed between two states of a grade, as audit rows: one per field that differs, with
 * display text for the old and new value (null when there was none). Saving the same state twice
 * yields no rows, which keeps autosave from filling the history.
 */
export type GradeState = {
  status: string;
  comment: string;
  scores: { criterion: string; level: string | null; points: number; comment: string }[];
  adjustments: { student: string; points: number; reason: string }[];
};

export type FieldChange = { field: string; oldValue: string | null; newValue: string | null };

const text = (value: string | number | null | undefined) => (value === null || value === undefined || value === "" ? null : String(value));

export function gradeChanges(before: GradeState | null, after: GradeState): FieldChange[] {
  const changes: FieldChange[] = [];
  const push = (field: string, oldValue: string | number | null | undefined, newValue: string | number | null | undefined) => {
    if (text(oldValue) !== text(newValue)) changes.push({ field, oldValue: text(oldValue), newValue: text(newValue) });
  };
  if (before) push("status", before.status, after.status);
  push("comment", before?.comment, after.comment);

  const criteria = [...new Set([...(before?.scores ?? []), ...after.scores].map((score) => score.criterion))];
  for (const criterion of criteria) {
    const old = before?.scores.find((score) => score.criterion === criterion);
    const next = after.scores.find((score) => score.criterion === criterion);
    push(`${criterion}: level`, old?.level, next?.level);
    push(`${criterion}: points`, old?.points, next?.points);
    push(`${criterion}: comment`, old?.comment, next?.comment);
  }

  const students = [...new Set([...(before?.adjustments ?? []), ...after.adjustments].map((adjustment) => adjustment.student))];
  for (const student of students) {
    const old = before?.adjustments.find((adjustment) => adjustment.student === student);
    const next = after.adjustments.find((adjustment) => adjustment.student === student);
    push(`Adjustment for ${student}: points`, old?.points, next?.points);
    push(`Adjustment for ${student}: reason`, old?.reason, next?.reason);
  }
  return changes;
}
