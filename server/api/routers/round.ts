import { z } from "zod";
import { id, text } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter } from "@/server/api/trpc";
import { applyRoundAction } from "@/server/services/debate/round-control";

const newLocksAt = z.coerce.date({ error: "The new deadline must be a date and time" });

const action = z.discriminatedUnion("type", [
  z.object({ type: z.literal("openNow") }),
  z.object({ type: z.literal("extendDeadline"), newLocksAt }),
  z.object({ type: z.literal("lockNow") }),
  z.object({ type: z.literal("reopen"), reason: text("Reason", { min: 1, max: 500 }), newLocksAt }),
  z.object({ type: z.literal("closeVoting") }),
]);

export const roundRouter = createTRPCRouter({
  act: courseProcedure(["INSTRUCTOR"])
    .input(z.object({ roundId: id, action }))
    .mutation(({ ctx, input }) => applyRoundAction(ctx.db, { ...input, actorId: ctx.user.id, now: new Date() })),
});
