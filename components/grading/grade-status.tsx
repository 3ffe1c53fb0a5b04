import Link from "next/link";
import { gradeStatusLabels, gradeStatusTones, scoreOutOf } from "@/components/grading/labels";
import type { GradeStatus } from "@/components/grading/types";
import { Badge } from "@/components/ui/badge";

/** "Not graded", "Draft" or "Final", coloured. */
export function GradeStatusBadge({ status }: { status: GradeStatus }) {
  return <Badge tone={gradeStatusTones[status]}>{gradeStatusLabels[status]}</Badge>;
}

/** A queue's score cell: "62 / 100", or a dash before any score. */
export function queueScore(points: number | null, totalPoints: number | null): string {
  return points !== null && totalPoints !== null ? scoreOutOf(points, totalPoints) : "—";
}

/**
 * A grading queue's way into one grade: "Grade" before the first score, "Open grade" after, or
 * why there is none yet (`href` null: no rubric to grade with). `subject` names the row for
 * screen readers, whose link list would otherwise read "Grade, Grade, Grade".
 */
export function GradeLink({ href, status, subject }: { href: string | null; status: GradeStatus; subject: string }) {
  if (href === null) return <span className="text-stone-600">Attach a rubric first</span>;
  const verb = status === "UNGRADED" ? "Grade" : "Open grade";
  return (
    <Link href={href} aria-label={`${verb}: ${subject}`} className="font-medium text-teal-800 underline hover:text-teal-900">
      {verb}
    </Link>
  );
}
