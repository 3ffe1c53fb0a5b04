import { z } from "zod";
import { text } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, protectedProcedure, staffRoles } from "@/server/api/trpc";
import { createCourse } from "@/server/services/course/create-course";
import { getCourse, updateCourse } from "@/server/services/course/get-course";
import { getJoinCode, joinCourse, regenerateJoinCode } from "@/server/services/course/join-code";
import { listCourses } from "@/server/services/course/list-courses";

const courseFields = {
  title: text("Title", { min: 1, max: 200 }),
  description: text("Description", { max: 5_000 }).default(""),
};

export const courseRouter = createTRPCRouter({
  list: protectedProcedure.query(({ ctx }) => listCourses(ctx.db, ctx.user.id)),

  create: protectedProcedure
    .input(z.object({ ...courseFields, template: z.enum(["EMPTY", "THESIS_DEMO"]).default("EMPTY") }))
    .mutation(({ ctx, input }) => createCourse(ctx.db, { ...input, userId: ctx.user.id, now: new Date() })),

  join: protectedProcedure
    .input(z.object({ code: text("Join code", { min: 1, max: 32 }) }))
    .mutation(({ ctx, input }) => joinCourse(ctx.db, { userId: ctx.user.id, code: input.code })),

  get: courseProcedure(["INSTRUCTOR", "TA", "STUDENT"]).query(({ ctx, input }) =>
    getCourse(ctx.db, { courseId: input.courseId, role: ctx.membership.role }),
  ),

  update: courseProcedure(["INSTRUCTOR"])
    .input(z.object(courseFields))
    .mutation(({ ctx, input }) => updateCourse(ctx.db, input)),

  joinCode: courseProcedure(staffRoles).query(({ ctx, input }) => getJoinCode(ctx.db, input.courseId)),

  regenerateJoinCode: courseProcedure(["INSTRUCTOR"]).mutation(({ ctx, input }) => regenerateJoinCode(ctx.db, input.courseId)),
});
