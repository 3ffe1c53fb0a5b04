import { randomUUID } from "node:crypto";
import type { CourseRole, VoterRule } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { deriveRoundState, type RoundTimestamps } from "@/server/domain/debate/round-state";
import { tallyRound } from "@/server/domain/debate/tally";
import { announceBallot } from "@/server/services/debate/ballot-events";
import { roundTimestampSelect, toRoundTimestamps } from "@/server/services/debate/round-timestamps";

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

type BallotContext = RoundTimestamps & { debateId: string; voterRule: VoterRule; isTeamInDebate: boolean; voterTeamId: string | null; isStored: boolean };

/**
 * Checks and stores a ballot in one statement: voting is the busiest moment of a class (everyone
 * at once when a round locks), so a ballot costs two round trips in all, this and the access
 * middleware's. The statement stores the ballot only when every rule holds, and returns what the
 * rules were checked against; `castBallot` then applies the same rules with the domain's own
 * functions, for the error to report. Its WHERE clause is `deriveRoundState(round, now) ===
 * "VOTING"` and the voter rules written in SQL; ballots.test.ts checks the two agree on every
 * boundary.
 */
async function storeBallotIfAllowed(db: Db, input: { courseId: string; roundId: string; teamId: string; voterId: string; now: Date }) {
  const [row] = await db.$queryRaw<BallotContext[]>`
    WITH context AS (
      SELECT r."opensAt", r."locksAt", r."votingClosesAt", r."openedAt", r."lockedAt", r."votingClosedAt", r."reopenedAt", r."reopenReason",
             r."debateId", d."voterRule",
             EXISTS (SELECT 1 FROM "Team" t WHERE t.id = ${input.teamId} AND t."debateId" = r."debateId") AS "isTeamInDebate",
             (SELECT m."teamId" FROM "TeamMember" m WHERE m."debateId" = r."debateId" AND m."userId" = ${input.voterId}) AS "voterTeamId"
      FROM "Round" r JOIN "Debate" d ON d.id = r."debateId"
      WHERE r.id = ${input.roundId} AND d."courseId" = ${input.courseId} AND d.status = 'PUBLISHED'
    ), stored AS (
      INSERT INTO "Ballot" (id, "roundId", "voterId", "teamId", "createdAt", "updatedAt")
      SELECT ${randomUUID()}, ${input.roundId}, ${input.voterId}, ${input.teamId}, ${input.now}, ${input.now}
      FROM context c
      WHERE ${input.now}::timestamp >= LEAST(c."opensAt", COALESCE(c."openedAt", 'infinity'))
        AND ${input.now}::timestamp >= COALESCE(c."lockedAt", c."locksAt")
        AND c."votingClosesAt" IS NOT NULL AND ${input.now}::timestamp < COALESCE(c."votingClosedAt", c."votingClosesAt")
        AND c."isTeamInDebate"
        AND CASE c."voterRule" WHEN 'AUDIENCE' THEN c."voterTeamId" IS NULL WHEN 'DEBATERS' THEN c."voterTeamId" IS NOT NULL ELSE true END
        AND c."voterTeamId" IS DISTINCT FROM ${input.teamId}
      ON CONFLICT ("roundId", "voterId") DO UPDATE SET "teamId" = EXCLUDED."teamId", "updatedAt" = EXCLUDED."updatedAt"
      RETURNING 1
    )
    SELECT c.*, EXISTS (SELECT 1 FROM stored) AS "isStored" FROM context c`;
  return row;
}

/** The rule a ballot breaks, in the domain's terms, or null when it breaks none. */
function ballotRefusal(ballot: BallotContext, input: { teamId: string; now: Date }): AppError | null {
  const state = deriveRoundState(toRoundTimestamps(ballot), input.now);
  if (state !== "VOTING") return new AppError("PRECONDITION_FAILED", state === "CLOSED" ? "Voting on this round has closed" : "Voting opens when the round locks");
  if (!ballot.isTeamInDebate) return notFound("Team");
  if (ballot.voterRule === "AUDIENCE" && ballot.voterTeamId) return new AppError("PRECONDITION_FAILED", "Only students who are not debating vote in this debate");
  if (ballot.voterRule === "DEBATERS" && !ballot.voterTeamId) return new AppError("PRECONDITION_FAILED", "Only the debating students vote in this debate");
  if (ballot.voterTeamId === input.teamId) return new AppError("BAD_REQUEST", "You cannot vote for your own team", { field: "teamId" });
  return null;
}

/**
 * Casts or changes the caller's ballot for a round. One ballot per voter per round is a
 * database constraint; a double-click lands on the same row.
 */
export async function castBallot(db: Db, input: { courseId: string; roundId: string; teamId: string; voterId: string; now: Date }) {
  const ballot = await storeBallotIfAllowed(db, input);
  if (!ballot) throw notFound("Round");
  const refusal = ballotRefusal(ballot, input);
  // Both checks read the same snapshot, so they differ only if the SQL and the domain rules
  // drift apart (ballots.test.ts): then fail loudly rather than answer either way.
  if (ballot.isStored === (refusal !== null)) {
    throw new Error(`The ballot rules in SQL and in the domain disagree: stored ${ballot.isStored}, refused ${refusal?.message ?? "no"}`);
  }
  if (refusal) throw refusal;
  announceBallot(db, { courseId: input.courseId, type: "ballot", debateId: ballot.debateId, roundId: input.roundId });
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
 * winners and margins. Rounds still voting show their ballot count only. Staff also see who voted
 * for whom once a round's voting has closed, unless the debate's voting is anonymous.
 */
export async function debateResults(db: Db, input: { courseId: string; debateId: string; now: Date; viewerRole: CourseRole }) {
  const debate = await db.debate.findFirst({
    where: { id: input.debateId, courseId: input.courseId, status: "PUBLISHED" },
    select: {
      voterRule: true,
      anonymousVoting: true,
      teams: { select: { id: true, name: true, theoryId: true } },
      rounds: {
        orderBy: { index: "asc" },
        select: { id: true, name: true, ...roundTimestampSelect, ballots: { select: { voterId: true, teamId: true, voter: { select: { name: true } } } } },
      },
    },
  });
  if (!debate) throw notFound("Debate");
  const teams = debate.teams.map((team) => ({ teamId: team.id, position: team.theoryId }));
  const eligibleVoters = await countEligibleVoters(db, { courseId: input.courseId, debateId: input.debateId, voterRule: debate.voterRule });
  const showsVoters = !debate.anonymousVoting && (input.viewerRole === "INSTRUCTOR" || input.viewerRole === "TA");
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
      /** Who voted for which team, by voter name; null while voting runs, when anonymous, and for students. */
      voters:
        isFinal && showsVoters
          ? round.ballots
              .map((ballot) => ({ voterId: ballot.voterId, voterName: ballot.voter.name, teamId: ballot.teamId }))
              .sort((a, b) => a.voterName.localeCompare(b.voterName) || a.voterId.localeCompare(b.voterId))
          : null,
    };
  });
}
