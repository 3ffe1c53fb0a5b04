import { z } from "zod";
import { id, text } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, memberRoles } from "@/server/api/trpc";
import { previewAssignment, publishAssignment } from "@/server/services/debate/assignment";
import { createDebate } from "@/server/services/debate/create-debate";
import { deleteDraftDebate } from "@/server/services/debate/delete-debate";
import { getDebate, listDebates } from "@/server/services/debate/read-debates";
import { courseEvents } from "@/server/services/events/course-events";
import { env } from "@/server/env";

const date = (label: string) => z.coerce.date({ error: `${label} must be a date and time` });

const roundPlan = z.object({
  name: text("Round name", { min: 1, max: 60 }),
  opensAt: date("Opening time"),
  locksAt: date("Deadline"),
  votingClosesAt: date("End of voting").nullable(),
  wordLimit: z.number().int().min(50, "Word limit must be at least 50").max(20_000, "Word limit must be at most 20000").nullable(),
});

const debateSetup = z.object({
  promptId: id,
  title: text("Title", { min: 1, max: 300 }).nullable().default(null),
  theoryIds: z.array(id).min(2, "Choose at least two positions").max(10, "At most 10 positions"),
  teamsPerPosition: z.number().int().min(1, "At least one team per position").max(20, "At most 20 teams per position"),
  teamSize: z.number().int().min(1, "Team size must be at least 1").max(50, "Team size must be at most 50").nullable().default(null),
  rounds: z.array(roundPlan).min(1, "A debate needs at least one round").max(10, "At most 10 rounds"),
  voterRule: z.enum(["ALL_STUDENTS", "AUDIENCE", "DEBATERS"]).default("ALL_STUDENTS"),
  anonymousVoting: z.boolean().default(false),
  revealAfterLock: z.boolean().default(true),
  seed: z.number().int().min(0).max(2 ** 31 - 1).default(1),
});

const debateRef = z.object({ debateId: id });

export const debateRouter = createTRPCRouter({
  list: courseProcedure(memberRoles).query(({ ctx, input }) =>
    listDebates(ctx.db, { courseId: input.courseId, userId: ctx.user.id, includeDrafts: ctx.membership.role !== "STUDENT", now: new Date() }),
  ),

  get: courseProcedure(memberRoles)
    .input(debateRef)
    .query(({ ctx, input }) =>
      getDebate(ctx.db, { ...input, userId: ctx.user.id, includeDrafts: ctx.membership.role !== "STUDENT", now: new Date() }),
    ),

  create: courseProcedure(["INSTRUCTOR"])
    .input(debateSetup)
    .mutation(({ ctx, input }) => createDebate(ctx.db, { ...input, courseId: input.courseId, createdById: ctx.user.id })),

  delete: courseProcedure(["INSTRUCTOR"]).input(debateRef).mutation(({ ctx, input }) => deleteDraftDebate(ctx.db, input)),

  previewAssignment: courseProcedure(["INSTRUCTOR"])
    .input(
      debateRef.extend({
        pins: z.array(z.object({ studentId: id, theoryId: id })).max(1_000).default([]),
        excludedStudentIds: z.array(id).max(1_000).default([]),
        seed: z.number().int().min(0).max(2 ** 31 - 1).nullable().default(null),
      }),
    )
    .query(({ ctx, input }) => previewAssignment(ctx.db, input)),

  publishAssignment: courseProcedure(["INSTRUCTOR"])
    .input(
      debateRef.extend({
        teams: z.array(z.object({ theoryId: id, studentIds: z.array(id).max(1_000), pinnedStudentIds: z.array(id).max(1_000).default([]) })).min(1).max(200),
        excludedStudentIds: z.array(id).max(1_000).default([]),
      }),
    )
    .mutation(({ ctx, input }) => publishAssignment(ctx.db, { ...input, now: new Date() })),

  /** Live changes to the course's debates (round states, ballot counts): ids only, re-read on arrival. */
  events: courseProcedure(memberRoles).subscription(({ input, signal }) => courseEvents(env().DATABASE_URL, input.courseId, signal)),
});
