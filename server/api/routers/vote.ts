import { z } from "zod";
import { id } from "@/server/api/inputs";
import { courseProcedure, createTRPCRouter, memberRoles } from "@/server/api/trpc";
import { ballotStatus, castBallot, debateResults } from "@/server/services/debate/ballots";

const roundRef = z.object({ roundId: id });

export const voteRouter = createTRPCRouter({
  cast: courseProcedure(["STUDENT"])
    .input(roundRef.extend({ teamId: id }))
    .mutation(({ ctx, input }) => castBallot(ctx.db, { ...input, voterId: ctx.user.id, now: new Date() })),

  status: courseProcedure(memberRoles)
    .input(roundRef)
    .query(({ ctx, input }) => ballotStatus(ctx.db, { ...input, voterId: ctx.user.id })),

  results: courseProcedure(memberRoles)
    .input(z.object({ debateId: id }))
    .query(({ ctx, input }) => debateResults(ctx.db, { ...input, now: new Date(), viewerRole: ctx.membership.role })),
});
