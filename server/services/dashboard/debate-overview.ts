import type { Db } from "@/server/db";
import { deriveRoundState, nextDeadline, type RoundTimestamps } from "@/server/domain/debate/round-state";
import { toRoundTimestamps } from "@/server/services/debate/round-timestamps";

type DebateRow = { id: string; title: string; status: "DRAFT" | "PUBLISHED"; anonymousVoting: boolean; releasedAt: Date | null };
type PositionRow = { debateId: string; theoryId: string; name: string };
type RoundRow = RoundTimestamps & { id: string; debateId: string; index: number; name: string; frozenAt: Date | null };
type TeamRow = { id: string; debateId: string; name: string; theoryId: string };
type RoundFigures = { roundId: string; submissions: number; submitted: number; final: number; drafts: number };
/** Per round, the teams that received ballots and how many each: a row per round, not per team. */
type RoundBallots = { roundId: string; teamIds: string[]; counts: number[] };

/**
 * Every debate of the course with its rounds' live state, how many teams handed something in,
 * grading progress and ballots per team. Six reads, side by side, whatever the size of the
 * course: debates, positions, rounds, teams, per-round submission and grade counts, and
 * per-team ballot counts. Ballots are only ever counted, never listed: who voted for whom stays
 * hidden, anonymous voting or not.
 */
export async function debateOverview(db: Db, input: { courseId: string; now: Date }) {
  const [debates, positions, rounds, teams, figures, ballots] = await Promise.all([
    db.$queryRaw<DebateRow[]>`
      SELECT d.id, d.title, d.status::text AS status, d."anonymousVoting", g."releasedAt"
        FROM "Debate" d LEFT JOIN "GradeRelease" g ON g."debateId" = d.id
       WHERE d."courseId" = ${input.courseId}
       ORDER BY d."createdAt" DESC, d.id`,
    db.$queryRaw<PositionRow[]>`
      SELECT p."debateId", p."theoryId", t.name
        FROM "DebatePosition" p JOIN "Debate" d ON d.id = p."debateId" JOIN "Theory" t ON t.id = p."theoryId"
       WHERE d."courseId" = ${input.courseId}
       ORDER BY p."debateId", p.position`,
    db.$queryRaw<RoundRow[]>`
      SELECT r.id, r."debateId", r.index, r.name, r."frozenAt", r."opensAt", r."locksAt", r."votingClosesAt",
             r."openedAt", r."lockedAt", r."votingClosedAt", r."reopenedAt", r."reopenReason"
        FROM "Round" r JOIN "Debate" d ON d.id = r."debateId"
       WHERE d."courseId" = ${input.courseId}
       ORDER BY r."debateId", r.index`,
    db.$queryRaw<TeamRow[]>`
      SELECT tm.id, tm."debateId", tm.name, tm."theoryId"
        FROM "Team" tm JOIN "Debate" d ON d.id = tm."debateId" JOIN "Theory" t ON t.id = tm."theoryId"
       WHERE d."courseId" = ${input.courseId}
       ORDER BY tm."debateId", t.position, tm.index`,
    db.$queryRaw<RoundFigures[]>`
      SELECT s."roundId",
             count(*)::int AS submissions,
             count(*) FILTER (WHERE s."wordCount" > 0)::int AS submitted,
             count(g.id) FILTER (WHERE g.status = 'FINAL')::int AS final,
             count(g.id) FILTER (WHERE g.status = 'DRAFT')::int AS drafts
        FROM "Submission" s
        JOIN "Round" r ON r.id = s."roundId"
        JOIN "Debate" d ON d.id = r."debateId"
        LEFT JOIN "Grade" g ON g."submissionId" = s.id
       WHERE d."courseId" = ${input.courseId}
       GROUP BY s."roundId"`,
    db.$queryRaw<RoundBallots[]>`
      SELECT "roundId", array_agg("teamId") AS "teamIds", array_agg(ballots) AS counts
        FROM (SELECT b."roundId", b."teamId", count(*)::int AS ballots
                FROM "Ballot" b
                JOIN "Round" r ON r.id = b."roundId"
                JOIN "Debate" d ON d.id = r."debateId"
               WHERE d."courseId" = ${input.courseId}
               GROUP BY b."roundId", b."teamId") per_team
       GROUP BY "roundId"`,
  ]);

  const byDebate = <Row extends { debateId: string }>(rows: Row[]) => {
    const grouped = new Map<string, Row[]>();
    for (const row of rows) {
      const group = grouped.get(row.debateId);
      if (group) group.push(row);
      else grouped.set(row.debateId, [row]);
    }
    return (debateId: string) => grouped.get(debateId) ?? [];
  };
  const [positionsOf, roundsOf, teamsOf] = [byDebate(positions), byDebate(rounds), byDebate(teams)];
  const figuresOf = new Map(figures.map((row) => [row.roundId, row]));
  const ballotsOf = new Map(ballots.map((row) => [row.roundId, new Map(row.teamIds.map((teamId, index) => [teamId, row.counts[index] ?? 0]))]));

  return debates.map((debate) => {
    const debatePositions = positionsOf(debate.id);
    const debateTeams = teamsOf(debate.id);
    const positionIndex = new Map(debatePositions.map((position, index) => [position.theoryId, index]));
    const debateRounds = roundsOf(debate.id).map((round) => {
      const timestamps = toRoundTimestamps(round);
      const state = deriveRoundState(timestamps, input.now);
      const counts = figuresOf.get(round.id);
      const hasVote = round.votingClosesAt !== null;
      const roundBallots = ballotsOf.get(round.id);
      const perTeam = debateTeams.map((team) => roundBallots?.get(team.id) ?? 0);
      return {
        id: round.id,
        index: round.index,
        name: round.name,
        state,
        nextDeadline: nextDeadline(timestamps, input.now),
        opensAt: round.openedAt ?? round.opensAt,
        locksAt: round.lockedAt ?? round.locksAt,
        votingEndsAt: round.votingClosesAt === null ? null : (round.votingClosedAt ?? round.votingClosesAt),
        frozenAt: round.frozenAt,
        submissions: { submitted: counts?.submitted ?? 0, frozen: counts?.submissions ?? 0, teams: debateTeams.length },
        grading: { final: counts?.final ?? 0, drafts: counts?.drafts ?? 0, total: counts?.submissions ?? 0 },
        votes: hasVote
          ? {
              // Ballots arrive only while voting is open; staff watch them come in.
              isLive: state === "VOTING",
              hasStarted: state === "VOTING" || state === "CLOSED",
              ballots: perTeam.reduce((sum, votes) => sum + votes, 0),
              /** Ballots for each of the debate's teams, in the order of `teams`. */
              perTeam,
            }
          : null,
      };
    });
    const grading = debateRounds.reduce(
      (sum, round) => ({ final: sum.final + round.grading.final, drafts: sum.drafts + round.grading.drafts, total: sum.total + round.grading.total }),
      { final: 0, drafts: 0, total: 0 },
    );
    return {
      id: debate.id,
      title: debate.title,
      status: debate.status,
      isAnonymousVoting: debate.anonymousVoting,
      releasedAt: debate.releasedAt,
      positions: debatePositions.map((position) => ({ id: position.theoryId, name: position.name })),
      teams: debateTeams.map((team) => ({ id: team.id, name: team.name, positionIndex: positionIndex.get(team.theoryId) ?? 0 })),
      grading,
      rounds: debateRounds,
    };
  });
}
