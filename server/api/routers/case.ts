import { z } from "zod";
import { caseFields, id } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, memberRoles } from "@/server/api/trpc";
import { getCase } from "@/server/services/case/get-case";
import { createCase, deleteCase, reorderCases, updateCase } from "@/server/services/case/write-case";

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
