import { z } from "zod";
import { courseProcedure, createTRPCRouter, staffRoles } from "@/server/api/trpc";
import { courseDashboard, defaultInactiveDays } from "@/server/services/dashboard/course-dashboard";

const inactiveDaysInput = z
  .number({ error: "The number of days must be a number" })
  .int("The number of days must be a whole number")
  .min(1, "The number of days must be at least 1")
  .max(365, "The number of days must be at most 365")
  .default(defaultInactiveDays);

export const dashboardRouter = createTRPCRouter({
  /** Everything staff watch in a course: rounds, submissions, grading, votes, participation, grades. */
  get: courseProcedure(staffRoles)
    .input(z.object({ inactiveDays: inactiveDaysInput }))
    .query(({ ctx, input }) => courseDashboard(ctx.db, { courseId: input.courseId, inactiveDays: input.inactiveDays, now: new Date() })),
});
