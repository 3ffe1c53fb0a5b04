import { z } from "zod";
import { id, text } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, staffRoles } from "@/server/api/trpc";
import { attachRubric, attachThreadRubric, createRubric, duplicateRubric, getRubric, listRubrics, updateRubric } from "@/server/services/grading/rubrics";

const points = (label: string) => z.number().min(0, `${label} cannot be negative`).max(10_000, `${label} must be at most 10000`);

/** A rubric's shape; the rules between its numbers (weights, level order) are server/domain/grading/rubric-rules.ts. */
const rubricDraft = z.object({
  title: text("Title", { min: 1, max: 200 }),
  totalPoints: z.number().int().min(1, "Total points must be at least 1").max(10_000, "Total points must be at most 10000").default(100),
  criteria: z
    .array(
      z.object({
        name: text("Criterion name", { min: 1, max: 200 }),
        description: text("Description", { max: 2_000 }).default(""),
        weight: z.number().int().min(1, "Weight must be at least 1").max(100, "Weight must be at most 100"),
        minPoints: points("Minimum points").nullable().default(null),
        maxPoints: points("Maximum points").nullable().default(null),
        levels: z
          .array(z.object({ label: text("Level label", { min: 1, max: 100 }), points: points("Points"), descriptor: text("Descriptor", { max: 2_000 }).default("") }))
          .min(1, "A criterion needs at least one level")
          .max(10, "At most 10 levels"),
      }),
    )
    .min(1, "A rubric needs at least one criterion")
    .max(30, "At most 30 criteria"),
});

const rubricRef = z.object({ rubricId: id });

export const rubricRouter = createTRPCRouter({
  list: courseProcedure(staffRoles).query(({ ctx, input }) => listRubrics(ctx.db, input)),

  get: courseProcedure(staffRoles).input(rubricRef).query(({ ctx, input }) => getRubric(ctx.db, input)),

  create: courseProcedure(["INSTRUCTOR"]).input(rubricDraft).mutation(({ ctx, input }) => createRubric(ctx.db, input)),

  /** Edits in place until grading starts; afterwards the edit becomes a new version. */
  update: courseProcedure(["INSTRUCTOR"]).input(rubricRef.extend(rubricDraft.shape)).mutation(({ ctx, input }) => updateRubric(ctx.db, input)),

  duplicate: courseProcedure(["INSTRUCTOR"]).input(rubricRef).mutation(({ ctx, input }) => duplicateRubric(ctx.db, input)),

  /** One round of a debate, or all of them when roundId is null. */
  attach: courseProcedure(["INSTRUCTOR"])
    .input(rubricRef.extend({ debateId: id, roundId: id.nullable().default(null) }))
    .mutation(({ ctx, input }) => attachRubric(ctx.db, input)),

  /** Grades participation in a seminar thread (a seminar prompt's thread) with this rubric. */
  attachThread: courseProcedure(["INSTRUCTOR"])
    .input(rubricRef.extend({ threadId: id }))
    .mutation(({ ctx, input }) => attachThreadRubric(ctx.db, input)),
});
