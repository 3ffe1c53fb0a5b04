import type { GradeStatus } from "@/components/grading/types";
import type { BadgeTone } from "@/components/ui/badge";
import { formatPoints } from "@/components/grading/scoring";

export const gradeStatusLabels: Record<GradeStatus, string> = { UNGRADED: "Not graded", DRAFT: "Draft", FINAL: "Final" };
export const gradeStatusTones: Record<GradeStatus, BadgeTone> = { UNGRADED: "stone", DRAFT: "amber", FINAL: "emerald" };

/** "62 / 100" */
export function scoreOutOf(points: number, totalPoints: number): string {
  return `${formatPoints(points)} / ${formatPoints(totalPoints)}`;
}

/** "+2", "−1.5", "0": an adjustment with its sign. */
export function signedPoints(points: number): string {
  if (points > 0) return `+${formatPoints(points)}`;
  if (points < 0) return `−${formatPoints(-points)}`;
  return "0";
}
