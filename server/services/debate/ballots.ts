import { randomUUID } from "node:crypto";
import type { VoterRule } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { deriveRoundState, type RoundTimestamps } from "@/server/domain/debate/round-state";
import { tallyRound } from "@/server/domain/debate/tally";
import { roundTimestampSelect, toRoundTimestamps } from "@/server/services/debate/round-timestamps";
import { publishCourseEvent } from "@/server/services/events/course-events";

async function loadRound(db: Db, courseId: string, roundId: string) {
  const round = await db.round.findFirst({
    where: { id: roundId, debate: { courseId, status: "PUBLISHED" } },
    select: { id: true, debateId: true, ...roundTimestampSelect, debate: { select: { voterRule: true, anonymousVoting: true } } },
  });
  if (!round) throw notFound("Round");
  return round;
}

/** How many students may vote in the debate's rounds under its voter rule. */
async function countEligibleVoters(db: Db, input: { courseId: string; debateId: string; voterRule: VoterRule }) {
  const [students, debaters] = await Promise.all([
    db.enrollment.count({ where: { courseId: input.courseId, role: "STUDENT" } }),
    db.teamMember.count({ where: { debateId: input.debateId } }),
  ]);
  return { ALL_STUDENTS: students, AUDIENCE: students - debaters, DEBATERS: debaters }[input.voterRule];
}

type BallotContext = RoundTimestamps & { debateId: string; voterRule: VoterRule; isTeamInDebate: boolean; voterTeamId: string | null };

/**
 * Everything a ballot is checked against, in one round trip: voting is the busiest moment of a
 * class (everyone at once when a round locks), so this path stays at three statements.
 */
async function loadBallotContext(db: Db, input: { courseId: string; roundId: string; teamId: string; voterId: string }) {
  const [row] = await db.$queryRaw<BallotContext[]>`
    SELECT r."opensAt", r."locksAt", r."votingClosesAt", r."openedAt", r."lockedAt", r."votingClosedAt", r."reopenedAt", r."reopenReason",
           r."debateId", d."voterRule",
           EXISTS (SELECT 1 FROM "Team" t WHERE t.id = ${input.teamId} AND t."debateId" = r."debateId") AS "isTeamInDebate",
           (SELECT m."teamId" FROM "TeamMember" m WHERE m."debateId" = r."debateId" AND m."userId" = ${input.voterId}) AS "voterTeamId"
    FROM "Round" r JOIN "Debate" d ON d.id = r."debateId"
    WHERE r.id = ${input.roundId} AND d."courseId" = ${input.courseId} AND d.status = 'PUBLISHED'`;
  if (!row) throw notFound("Round");
  return row;
}

/**
 * Casts or changes the caller's ballot for a round. One ballot per voter per round is a
 * database constraint; a double-click lands on the same row.
 */
export async function castBallot(db: Db, input: { courseId: string; roundId: string; teamId: string; voterId: string; now: Date }) {
  const ballot = await loadBallotContext(db, input);
  const state = deriveRoundState(toRoundTimestamps(ballot), input.now);
  if (state !== "VOTING") {
    const why = state === "CLOSED" ? "Voting on this round has closed" : "Voting opens when the round locks";
    throw new AppError("PRECONDITION_FAILED", why);
  }
  if (!ballot.isTeamInDebate) throw notFound("Team");
  if (ballot.voterRule === "AUDIENCE" && ballot.voterTeamId) throw new AppError("PRECONDITION_FAILED", "Only students who are not debating vote in this debate");
  if (ballot.voterRule === "DEBATERS" && !ballot.voterTeamId) throw new AppError("PRECONDITION_FAILED", "Only the debating students vote in this debate");
  if (ballot.voterTeamId === input.teamId) throw new AppError("BAD_REQUEST", "You cannot vote for your own team", { field: "teamId" });

  await db.$executeRaw`
    INSERT INTO "Ballot" (id, "roundId", "voterId", "teamId", "createdAt", "updatedAt")
    VALUES (${randomUUID()}, ${input.roundId}, ${input.voterId}, ${input.teamId}, ${input.now}, ${input.now})
    ON CONFLICT ("roundId", "voterId") DO UPDATE SET "teamId" = EXCLUDED."teamId", "updatedAt" = EXCLUDED."updatedAt"`;
  await publishCourseEvent(db, { courseId: input.courseId, type: "ballot", debateId: ballot.debateId, roundId: input.roundId });
  return { roundId: input.roundId, teamId: input.teamId };
}

/** While voting runs, only the number of ballots (of how many could vote) is public, plus the caller's own choice. */
export async function ballotStatus(db: Db, input: { courseId: string; roundId: string; voterId: string }) {
  const round = await loadRound(db, input.courseId, input.roundId);
  const [ballotCount, mine, eligibleVoters] = await Promise.all([
    db.ballot.count({ where: { roundId: round.id } }),
    db.ballot.findUnique({ where: { roundId_voterId: { roundId: round.id, voterId: input.voterId } }, select: { teamId: true } }),
    countEligibleVoters(db, { courseId: input.courseId, debateId: round.debateId, voterRule: round.debate.voterRule }),
  ]);
  return { roundId: round.id, ballotCount, eligibleVoters, myTeamChoice: mine?.teamId ?? null };
}

/**
 * Results of every round of a debate whose voting has closed: votes per team and position,
 * winners and margins. Rounds still voting show their ballot count only.
 */
export async function debateResults(db: Db, input: { courseId: string; debateId: string; now: Date }) {
  const debate = await db.debate.findFirst({
    where: { id: input.debateId, courseId: input.courseId, status: "PUBLISHED" },
    select: {
      voterRule: true,
      teams: { select: { id: true, name: true, theoryId: true } },
      rounds: { orderBy: { index: "asc" }, select: { id: true, name: true, ...roundTimestampSelect, ballots: { select: { voterId: true, teamId: true } } } },
    },
  });
  if (!debate) throw notFound("Debate");
  const teams = debate.teams.map((team) => ({ teamId: team.id, position: team.theoryId }));
  const eligibleVoters = await countEligibleVoters(db, { courseId: input.courseId, debateId: input.debateId, voterRule: debate.voterRule });
  return debate.rounds.map((round) => {
    const state = deriveRoundState(toRoundTimestamps(round), input.now);
    const hasVote = round.votingClosesAt !== null;
    const isFinal = hasVote && state === "CLOSED";
    return {
      roundId: round.id,
      name: round.name,
      state,
      hasVote,
      ballotCount: round.ballots.length,
      eligibleVoters,
      tally: isFinal ? tallyRound(round.ballots, teams) : null,
    };
  });
}
