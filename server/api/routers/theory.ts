import { z } from "zod";
import { id, text } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter } from "@/server/api/trpc";
import { updateTheory } from "@/server/services/theory/update-theory";

export const theoryRouter = createTRPCRouter({
  update: courseProcedure(["INSTRUCTOR"])
    .input(
      z.object({
        theoryId: id,
        name: text("Name", { min: 1, max: 100 }),
        summary: text("Summary", { max: 5_000 }),
        coreClaims: z.array(text("Core claim", { min: 1, max: 1_000 })).max(30, "At most 30 core claims"),
        keyThinkers: z.array(text("Key thinker", { min: 1, max: 200 })).max(50, "At most 50 key thinkers"),
      }),
    )
    .mutation(({ ctx, input }) => updateTheory(ctx.db, input)),
});
