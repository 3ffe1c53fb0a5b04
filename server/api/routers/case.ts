import { z } from "zod";
import { id, text } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, memberRoles } from "@/server/api/trpc";
import { keyEventsSchema, sourcesSchema } from "@/server/domain/course-content";
import { getCase } from "@/server/services/case/get-case";
import { createCase, deleteCase, reorderCases, updateCase } from "@/server/services/case/write-case";

const year = (label: string) =>
  z.number({ error: `${label} must be a year` }).int(`${label} must be a whole year`).min(1000, `${label} must be a year`).max(3000, `${label} must be a year`);

const caseFields = z.object({
  title: text("Title", { min: 1, max: 300 }),
  periodStart: year("Start year"),
  periodEnd: year("End year"),
  summary: text("Summary", { max: 10_000 }).default(""),
  keyEvents: keyEventsSchema.default([]),
  sources: sourcesSchema.default([]),
});

const caseRef = z.object({ caseId: id });

export const caseRouter = createTRPCRouter({
  get: courseProcedure(memberRoles).input(caseRef).query(({ ctx, input }) => getCase(ctx.db, input)),

  create: courseProcedure(["INSTRUCTOR"]).input(caseFields).mutation(({ ctx, input }) => createCase(ctx.db, input)),

  update: courseProcedure(["INSTRUCTOR"])
    .input(caseFields.extend(caseRef.shape))
    .mutation(({ ctx, input }) => updateCase(ctx.db, input)),

  delete: courseProcedure(["INSTRUCTOR"]).input(caseRef).mutation(({ ctx, input }) => deleteCase(ctx.db, input)),

  reorder: courseProcedure(["INSTRUCTOR"])
    .input(z.object({ caseIds: z.array(id).max(500) }))
    .mutation(({ ctx, input }) => reorderCases(ctx.db, input)),
});
