import { z } from "zod";
import { id, text } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, staffRoles } from "@/server/api/trpc";
import { createPrompt, deletePrompt, listPrompts, reorderPrompts, updatePrompt } from "@/server/services/prompt/prompts";

const promptFields = z.object({
  kind: z.enum(["DEBATE", "SEMINAR"], { error: "Kind must be DEBATE or SEMINAR" }),
  text: text("Prompt text", { min: 1, max: 2_000 }),
  status: z.enum(["DRAFT", "POSTED"], { error: "Status must be DRAFT or POSTED" }).default("DRAFT"),
});

export const promptRouter = createTRPCRouter({
  list: courseProcedure(staffRoles)
    .input(z.object({ caseId: id }))
    .query(({ ctx, input }) => listPrompts(ctx.db, input)),

  create: courseProcedure(["INSTRUCTOR"])
    .input(promptFields.extend({ caseId: id }))
    .mutation(({ ctx, input }) => createPrompt(ctx.db, { ...input, now: new Date() })),

  update: courseProcedure(["INSTRUCTOR"])
    .input(promptFields.extend({ promptId: id }))
    .mutation(({ ctx, input }) => updatePrompt(ctx.db, { ...input, now: new Date() })),

  delete: courseProcedure(["INSTRUCTOR"])
    .input(z.object({ promptId: id }))
    .mutation(({ ctx, input }) => deletePrompt(ctx.db, input)),

  reorder: courseProcedure(["INSTRUCTOR"])
    .input(z.object({ caseId: id, promptIds: z.array(id).max(500) }))
    .mutation(({ ctx, input }) => reorderPrompts(ctx.db, input)),
});
