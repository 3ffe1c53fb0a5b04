import type { RouterOutputs } from "@/components/trpc/types";

export type CourseDashboard = RouterOutputs["dashboard"]["get"];
export type DashboardDebate = CourseDashboard["debates"][number];
export type DashboardRound = DashboardDebate["rounds"][number];
export type DashboardThread = CourseDashboard["seminarGrading"][number];
export type DashboardStudent = CourseDashboard["students"][number];
export type DashboardRubric = CourseDashboard["gradeDistribution"][number];
export type DashboardCriterion = DashboardRubric["criteria"][number];

/** The bounds dashboard.get accepts for "no activity in the last N days". */
export const inactiveDaysRange = { min: 1, max: 365, default: 7 } as const;

/** The page's ?inactiveDays=…: a whole number within range, else the default. */
export function parseInactiveDays(value: string | string[] | undefined): number {
  const text = Array.isArray(value) ? value[0] : value;
  if (text === undefined || !/^\d{1,3}$/.test(text)) return inactiveDaysRange.default;
  const days = Number(text);
  return days >= inactiveDaysRange.min && days <= inactiveDaysRange.max ? days : inactiveDaysRange.default;
}

export const dashboardPath = (courseId: string, inactiveDays?: number) =>
  `/courses/${courseId}/dashboard${inactiveDays === undefined || inactiveDays === inactiveDaysRange.default ? "" : `?inactiveDays=${inactiveDays}`}`;
