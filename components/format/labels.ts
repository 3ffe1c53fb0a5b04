import type { BadgeTone } from "@/components/ui/badge";

type Role = "INSTRUCTOR" | "TA" | "STUDENT";
type Kind = "DEBATE" | "SEMINAR";
type Status = "DRAFT" | "POSTED";

export const roleLabels: Record<Role, string> = { INSTRUCTOR: "Instructor", TA: "Teaching assistant", STUDENT: "Student" };
export const roleTones: Record<Role, BadgeTone> = { INSTRUCTOR: "teal", TA: "violet", STUDENT: "stone" };

export const promptKindLabels: Record<Kind, string> = { DEBATE: "Debate motion", SEMINAR: "Seminar question" };
export const promptKindTones: Record<Kind, BadgeTone> = { DEBATE: "rose", SEMINAR: "sky" };

export const promptStatusLabels: Record<Status, string> = { DRAFT: "Draft", POSTED: "Posted" };
export const promptStatusTones: Record<Status, BadgeTone> = { DRAFT: "amber", POSTED: "emerald" };

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}
