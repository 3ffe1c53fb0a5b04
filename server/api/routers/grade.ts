import { z } from "zod";
import { id, text } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, memberRoles, staffRoles } from "@/server/api/trpc";
import { finalizeGrade, getGradingView, gradeHistory, saveGradeDraft } from "@/server/services/grading/grades";
import { gradingQueue } from "@/server/services/grading/queue";
import { myGrades, releaseGrades } from "@/server/services/grading/release";

const submissionRef = z.object({ submissionId: id });

/** The grader's whole current state of a grade; autosave sends it again and again. */
const gradeDraft = submissionRef.extend({
  comment: text("Comment", { max: 10_000 }).default(""),
  scores: z
    .array(
      z.object({
        criterionId: id,
        levelId: id.nullable().default(null),
        points: z.number().min(-10_000).max(10_000).nullable().default(null),
        comment: text("Comment", { max: 5_000 }).default(""),
      }),
    )
    .max(30),
  adjustments: z
    .array(
      z.object({
        userId: id,
        points: z.number().min(-10_000, "Adjustment must be at least -10000").max(10_000, "Adjustment must be at most 10000"),
        reason: text("Reason", { max: 1_000 }).default(""),
      }),
    )
    .max(50)
    .default([]),
});

const debateRef = z.object({ debateId: id });

export const gradeRouter = createTRPCRouter({
  /** Every submission of a debate with its grade's state, and grading progress. */
  queue: courseProcedure(staffRoles).input(debateRef).query(({ ctx, input }) => gradingQueue(ctx.db, input)),

  /** With isBlind, team and student names are left out (members become "Student 1", "Student 2", …). */
  get: courseProcedure(staffRoles)
    .input(submissionRef.extend({ isBlind: z.boolean().default(false) }))
    .query(({ ctx, input }) => getGradingView(ctx.db, input)),

  saveDraft: courseProcedure(staffRoles)
    .input(gradeDraft)
    .mutation(({ ctx, input }) => saveGradeDraft(ctx.db, { ...input, actorId: ctx.user.id, now: new Date() })),

  finalize: courseProcedure(staffRoles)
    .input(submissionRef)
    .mutation(({ ctx, input }) => finalizeGrade(ctx.db, { ...input, actorId: ctx.user.id, now: new Date() })),

  release: courseProcedure(["INSTRUCTOR"])
    .input(debateRef)
    .mutation(({ ctx, input }) => releaseGrades(ctx.db, { ...input, now: new Date() })),

  /** The caller's own released grades (staff have none). */
  mine: courseProcedure(memberRoles).query(({ ctx, input }) => myGrades(ctx.db, { courseId: input.courseId, userId: ctx.user.id })),

  history: courseProcedure(["INSTRUCTOR"]).input(submissionRef).query(({ ctx, input }) => gradeHistory(ctx.db, input)),
});
