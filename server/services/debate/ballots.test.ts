import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/app-error";
import { deriveRoundState } from "@/server/domain/debate/round-state";
import { castBallot } from "@/server/services/debate/ballots";
import { makeDebateWorld } from "@/server/testing/debate-world";
import { makeUser, testDb } from "@/server/testing/world";

const minute = 60_000;

describe("castBallot", () => {
  it("stores a ballot exactly when the domain's rules allow it, on every boundary", async () => {
    const world = await makeDebateWorld();
    const db = testDb();
    const audience = await makeUser("Ada Audience");
    await db.enrollment.create({ data: { userId: audience.id, courseId: world.course.id, role: "STUDENT" } });
    const now = new Date();
    // Offsets of whole minutes from now, zero included, so that every comparison meets equality.
    const at = fc.integer({ min: -2, max: 2 }).map((offset) => new Date(now.getTime() + offset * minute));
    const sometimes = fc.option(at, { nil: null });
    const sample = fc.record({
      round: fc.record({ opensAt: at, locksAt: at, votingClosesAt: sometimes, openedAt: sometimes, lockedAt: sometimes, votingClosedAt: sometimes }),
      voterRule: fc.constantFrom("ALL_STUDENTS" as const, "AUDIENCE" as const, "DEBATERS" as const),
      voter: fc.constantFrom(world.student, audience),
      teamId: fc.constantFrom(world.realismTeam.id, world.liberalismTeam.id, "no-such-team"),
    });

    await fc.assert(
      fc.asyncProperty(sample, async ({ round, voterRule, voter, teamId }) => {
        await db.ballot.deleteMany({ where: { roundId: world.votingRound.id } });
        await db.round.update({ where: { id: world.votingRound.id }, data: round });
        await db.debate.update({ where: { id: world.debate.id }, data: { voterRule } });
        const input = { courseId: world.course.id, roundId: world.votingRound.id, teamId, voterId: voter.id, now };
        // An AppError is a refusal the domain explains; any other error means the SQL and the domain disagreed.
        const outcome = await castBallot(db, input).then(
          () => "stored",
          (error: unknown) => {
            if (error instanceof AppError) return "refused";
            throw error;
          },
        );
        const stored = await db.ballot.findUnique({ where: { roundId_voterId: { roundId: world.votingRound.id, voterId: voter.id } }, select: { teamId: true } });
        expect(stored).toEqual(outcome === "stored" ? { teamId } : null);
        if (outcome === "stored") expect(deriveRoundState({ ...round, reopenedAt: null, reopenReason: null }, now)).toBe("VOTING");
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
