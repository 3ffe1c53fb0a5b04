import { z } from "zod";
import { id, text } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, memberRoles, staffRoles } from "@/server/api/trpc";
import { finalizeGrade, getGradingView, gradeHistory, saveGradeDraft } from "@/server/services/grading/grades";
import { gradingQueue } from "@/server/services/grading/queue";
import { exportGradebook, exportRubricDetail } from "@/server/services/grading/exports";
import { finalizeParticipation, getParticipationView, participationHistory, participationQueue, participationThreads, saveParticipationDraft } from "@/server/services/grading/participation";
import { myGrades, releaseGrades, releaseThreadGrades } from "@/server/services/grading/release";

const submissionRef = z.object({ submissionId: id });

const scoreDrafts = z
  .array(
    z.object({
      criterionId: id,
      levelId: id.nullable().default(null),
      points: z.number().min(-10_000).max(10_000).nullable().default(null),
      comment: text("Comment", { max: 5_000 }).default(""),
    }),
  )
  .max(30);

/** The grader's whole current state of a grade; autosave sends it again and again. */
const gradeDraft = submissionRef.extend({
  comment: text("Comment", { max: 10_000 }).default(""),
  scores: scoreDrafts,
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
const threadRef = z.object({ threadId: id });
/** One student's participation in a seminar thread. */
const participationRef = threadRef.extend({ studentId: id });
/** A participation grade has no per-student adjustments: it is already one student's. */
const participationDraft = participationRef.extend({ comment: text("Comment", { max: 10_000 }).default(""), scores: scoreDrafts });

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

  /** The course's seminar threads with their rubric, release and participation grading progress. */
  participationThreads: courseProcedure(staffRoles).query(({ ctx, input }) => participationThreads(ctx.db, { courseId: input.courseId })),

  /** Every student of the course with their figures in the thread and their grade's state. */
  participationQueue: courseProcedure(staffRoles).input(threadRef).query(({ ctx, input }) => participationQueue(ctx.db, input)),

  /** A student's posts in the thread with what they reply to; with isBlind, students' names are left out. */
  getParticipation: courseProcedure(staffRoles)
    .input(participationRef.extend({ isBlind: z.boolean().default(false) }))
    .query(({ ctx, input }) => getParticipationView(ctx.db, { ...input, viewer: { userId: ctx.user.id, role: ctx.membership.role } })),

  saveParticipationDraft: courseProcedure(staffRoles)
    .input(participationDraft)
    .mutation(({ ctx, input }) => saveParticipationDraft(ctx.db, { ...input, actorId: ctx.user.id, now: new Date() })),

  finalizeParticipation: courseProcedure(staffRoles)
    .input(participationRef)
    .mutation(({ ctx, input }) => finalizeParticipation(ctx.db, { ...input, actorId: ctx.user.id, now: new Date() })),

  releaseThread: courseProcedure(["INSTRUCTOR"])
    .input(threadRef)
    .mutation(({ ctx, input }) => releaseThreadGrades(ctx.db, { ...input, now: new Date() })),

  participationHistory: courseProcedure(["INSTRUCTOR"]).input(participationRef).query(({ ctx, input }) => participationHistory(ctx.db, input)),

  /** Canvas's gradebook import format, final grades only (released or not): { fileName, csv }. */
  exportGradebook: courseProcedure(staffRoles).query(({ ctx, input }) => exportGradebook(ctx.db, { courseId: input.courseId, now: new Date() })),

  /** One row per student × criterion of every final grade: { fileName, csv }. */
  exportRubricDetail: courseProcedure(staffRoles).query(({ ctx, input }) => exportRubricDetail(ctx.db, { courseId: input.courseId, now: new Date() })),
});
