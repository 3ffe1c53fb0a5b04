import { z } from "zod";
import { id, text } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, memberRoles, staffRoles } from "@/server/api/trpc";
import { env } from "@/server/env";
import { postSorts } from "@/server/services/seminar/post-order";
import { courseEvents } from "@/server/services/events/course-events";
import { hidePost, listReports, reportPost, resolveReport, setEndorsed, setPinned, unhidePost } from "@/server/services/seminar/moderation";
import { participationFigures } from "@/server/services/seminar/participation";
import { createPost, deletePost, editPost, postHistory } from "@/server/services/seminar/posts";
import { readThread } from "@/server/services/seminar/read-thread";
import { createCaseThread, listThreads, markThreadRead, updateThread } from "@/server/services/seminar/threads";
import type { Viewer } from "@/server/services/seminar/viewer";

const date = (label: string) => z.coerce.date({ error: `${label} must be a date and time` });

const threadOptions = z.object({
  requirePostBeforeView: z.boolean().default(false),
  anonymousToPeers: z.boolean().default(false),
  opensAt: date("Opening time").nullable().default(null),
  closesAt: date("Closing time").nullable().default(null),
});

const threadRef = z.object({ threadId: id });
const postRef = z.object({ postId: id });
/** The body is checked against the rich-text allow-list in the domain; here it only has to be present. */
const body = z.unknown().refine((value) => value !== undefined && value !== null, "Write something before posting");

const quote = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("source"), sourceIndex: z.number().int().min(0).max(99), text: text("Quoted text", { max: 1_000 }).default("") }),
    z.object({ kind: z.literal("thesis"), label: text("Passage label", { min: 1, max: 200 }), text: text("Quoted passage", { min: 1, max: 1_000 }) }),
  ])
  .nullable()
  .default(null);

const viewerOf = (ctx: { membership: Viewer }): Viewer => ({ userId: ctx.membership.userId, role: ctx.membership.role });

export const seminarRouter = createTRPCRouter({
  /** The course's threads, or only those on one case (opened on it or on its seminar prompts). */
  list: courseProcedure(memberRoles)
    .input(z.object({ caseId: id.nullable().default(null) }))
    .query(({ ctx, input }) => listThreads(ctx.db, { courseId: input.courseId, caseId: input.caseId, viewer: viewerOf(ctx), now: new Date() })),

  thread: courseProcedure(memberRoles)
    .input(
      threadRef.extend({
        sort: z.enum(postSorts).default("oldest"),
        theoryId: id.nullable().default(null),
        page: z.number().int().min(0).max(10_000).default(0),
      }),
    )
    .query(({ ctx, input }) => readThread(ctx.db, { ...input, viewer: viewerOf(ctx), now: new Date() })),

  markRead: courseProcedure(memberRoles)
    .input(threadRef)
    .mutation(({ ctx, input }) => markThreadRead(ctx.db, { ...input, userId: ctx.user.id, now: new Date() })),

  openThread: courseProcedure(["INSTRUCTOR"])
    .input(threadOptions.extend({ caseId: id, title: text("Title", { min: 1, max: 200 }) }))
    .mutation(({ ctx, input }) => createCaseThread(ctx.db, { ...input, createdById: ctx.user.id })),

  updateThread: courseProcedure(staffRoles)
    .input(threadOptions.extend({ threadId: id, isLocked: z.boolean().default(false) }))
    .mutation(({ ctx, input }) => updateThread(ctx.db, { ...input, now: new Date() })),

  post: courseProcedure(memberRoles)
    .input(threadRef.extend({ parentId: id.nullable().default(null), theoryId: id.nullable().default(null), body, quote }))
    .mutation(({ ctx, input }) => createPost(ctx.db, { ...input, viewer: { ...viewerOf(ctx), name: ctx.user.name }, now: new Date() })),

  edit: courseProcedure(memberRoles)
    .input(postRef.extend({ theoryId: id.nullable().default(null), body }))
    .mutation(({ ctx, input }) => editPost(ctx.db, { ...input, viewer: { ...viewerOf(ctx), name: ctx.user.name }, now: new Date() })),

  delete: courseProcedure(memberRoles)
    .input(postRef)
    .mutation(({ ctx, input }) => deletePost(ctx.db, { ...input, viewer: viewerOf(ctx), now: new Date() })),

  history: courseProcedure(memberRoles)
    .input(postRef)
    .query(({ ctx, input }) => postHistory(ctx.db, { ...input, viewer: viewerOf(ctx) })),

  pin: courseProcedure(staffRoles)
    .input(postRef.extend({ isPinned: z.boolean() }))
    .mutation(({ ctx, input }) => setPinned(ctx.db, { ...input, now: new Date() })),

  endorse: courseProcedure(staffRoles)
    .input(postRef.extend({ isEndorsed: z.boolean() }))
    .mutation(({ ctx, input }) => setEndorsed(ctx.db, { ...input, staffId: ctx.user.id, now: new Date() })),

  hide: courseProcedure(staffRoles)
    .input(postRef.extend({ reason: text("Reason", { min: 3, max: 500 }) }))
    .mutation(({ ctx, input }) => hidePost(ctx.db, { ...input, staffId: ctx.user.id, now: new Date() })),

  unhide: courseProcedure(staffRoles)
    .input(postRef)
    .mutation(({ ctx, input }) => unhidePost(ctx.db, input)),

  report: courseProcedure(memberRoles)
    .input(postRef.extend({ reason: text("Reason", { min: 3, max: 500 }) }))
    .mutation(({ ctx, input }) => reportPost(ctx.db, { ...input, reporterId: ctx.user.id })),

  reports: courseProcedure(staffRoles)
    .input(z.object({ includeResolved: z.boolean().default(false) }))
    .query(({ ctx, input }) => listReports(ctx.db, input)),

  resolveReport: courseProcedure(staffRoles)
    .input(z.object({ reportId: id }))
    .mutation(({ ctx, input }) => resolveReport(ctx.db, { ...input, staffId: ctx.user.id, now: new Date() })),

  participation: courseProcedure(staffRoles).query(({ ctx, input }) => participationFigures(ctx.db, { courseId: input.courseId })),

  /** New, edited and moderated posts in the course's threads: ids only, the page re-reads the thread. */
  events: courseProcedure(memberRoles).subscription(async function* ({ input, signal }) {
    for await (const event of courseEvents(env().DATABASE_URL, input.courseId, signal)) {
      if (event.type === "post") yield event;
    }
  }),
});
