import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";
import { readPerTheory } from "@/server/domain/course-content";
import { deriveRoundState, nextDeadline, type RoundTimestamps } from "@/server/domain/debate/round-state";
import { roundTimestampSelect, toRoundTimestamps } from "@/server/services/debate/round-timestamps";

function roundView(round: RoundTimestamps & { id: string; index: number; name: string; wordLimit: number | null }, now: Date) {
  const timestamps = toRoundTimestamps(round);
  return {
    id: round.id,
    index: round.index,
    name: round.name,
    wordLimit: round.wordLimit,
    ...timestamps,
    state: deriveRoundState(timestamps, now),
    nextDeadline: nextDeadline(timestamps, now),
  };
}

const roundSelect = { id: true, index: true, name: true, wordLimit: true, ...roundTimestampSelect } as const;

/** The course's debates, newest first; students see published ones only. */
export async function listDebates(db: Db, input: { courseId: string; userId: string; includeDrafts: boolean; now: Date }) {
  const debates = await db.debate.findMany({
    where: { courseId: input.courseId, ...(input.includeDrafts ? {} : { status: "PUBLISHED" }) },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      title: true,
      status: true,
      voterRule: true,
      prompt: { select: { case: { select: { id: true, title: true } } } },
      positions: { orderBy: { position: "asc" }, select: { theory: { select: { id: true, name: true } } } },
      rounds: { orderBy: { index: "asc" }, select: roundSelect },
      members: { where: { userId: input.userId }, select: { team: { select: { id: true, name: true, theory: { select: { name: true } } } } } },
    },
  });
  return debates.map((debate) => {
    const rounds = debate.rounds.map((round) => roundView(round, input.now));
    return {
      id: debate.id,
      title: debate.title,
      status: debate.status,
      voterRule: debate.voterRule,
      case: debate.prompt.case,
      positions: debate.positions.map((position) => position.theory),
      // The round that matters now: the first not yet closed, else the last.
      currentRound: rounds.find((round) => round.state !== "CLOSED") ?? rounds.at(-1) ?? null,
      myTeam: debate.members[0] ? { id: debate.members[0].team.id, name: debate.members[0].team.name, theoryName: debate.members[0].team.theory.name } : null,
    };
  });
}

/**
 * One debate as a member sees it: the motion, positions, teams, rounds with their live state,
 * the caller's own team and a primer on the theory they argue.
 */
export async function getDebate(db: Db, input: { courseId: string; debateId: string; userId: string; includeDrafts: boolean; now: Date }) {
  const debate = await db.debate.findFirst({
    where: { id: input.debateId, courseId: input.courseId, ...(input.includeDrafts ? {} : { status: "PUBLISHED" }) },
    select: {
      id: true,
      title: true,
      status: true,
      teamsPerPosition: true,
      teamSize: true,
      voterRule: true,
      anonymousVoting: true,
      revealAfterLock: true,
      assignmentSeed: true,
      publishedAt: true,
      prompt: { select: { id: true, text: true, case: { select: { id: true, title: true, perTheory: true } } } },
      positions: {
        orderBy: { position: "asc" },
        select: { theory: { select: { id: true, key: true, name: true, summary: true, coreClaims: true, keyThinkers: true } } },
      },
      rounds: { orderBy: { index: "asc" }, select: roundSelect },
      teams: {
        orderBy: [{ theory: { position: "asc" } }, { index: "asc" }],
        select: { id: true, name: true, theoryId: true, members: { orderBy: { user: { name: "asc" } }, select: { user: { select: { id: true, name: true } } } } },
      },
    },
  });
  if (!debate) throw notFound("Debate");
  const myTeam = debate.teams.find((team) => team.members.some((member) => member.user.id === input.userId)) ?? null;
  const perTheory = readPerTheory(debate.prompt.case.perTheory);
  const myTheory = myTeam ? debate.positions.find((position) => position.theory.id === myTeam.theoryId)?.theory : undefined;
  return {
    id: debate.id,
    title: debate.title,
    status: debate.status,
    settings: {
      teamsPerPosition: debate.teamsPerPosition,
      teamSize: debate.teamSize,
      voterRule: debate.voterRule,
      anonymousVoting: debate.anonymousVoting,
      revealAfterLock: debate.revealAfterLock,
      assignmentSeed: debate.assignmentSeed,
    },
    publishedAt: debate.publishedAt,
    prompt: { id: debate.prompt.id, text: debate.prompt.text },
    case: { id: debate.prompt.case.id, title: debate.prompt.case.title },
    positions: debate.positions.map(({ theory }) => ({ id: theory.id, key: theory.key, name: theory.name })),
    rounds: debate.rounds.map((round) => roundView(round, input.now)),
    teams: debate.teams.map((team) => ({ id: team.id, name: team.name, theoryId: team.theoryId, members: team.members.map((member) => member.user) })),
    myTeamId: myTeam?.id ?? null,
    primer: myTheory
      ? {
          theoryName: myTheory.name,
          summary: myTheory.summary,
          coreClaims: myTheory.coreClaims,
          keyThinkers: myTheory.keyThinkers,
          onThisCase: perTheory[myTheory.key] ?? null,
        }
      : null,
  };
}
