import { createDebate } from "@/server/services/debate/create-debate";
import { publishAssignment } from "@/server/services/debate/assignment";
import { makeUser, makeWorld, testDb } from "@/server/testing/world";

const minutes = (count: number) => count * 60_000;

/**
 * makeWorld() plus a second theory, three more students and two debates on the posted motion:
 * a published one whose first round is voting, second is open and third is scheduled, and a
 * draft awaiting its assignment. The world's student argues realism in the published one.
 */
export async function makeDebateWorld(now = new Date()) {
  const world = await makeWorld();
  const db = testDb();
  const liberalism = await db.theory.create({
    data: { courseId: world.course.id, key: "liberalism", name: "Liberalism", coreClaims: ["Institutions matter"], keyThinkers: ["Keohane"], position: 1 },
    select: { id: true },
  });
  const [teammate, opponent, opponentTeammate] = await Promise.all([makeUser("Tara Teammate"), makeUser("Otto Opponent"), makeUser("Olive Opponent")]);
  await db.enrollment.createMany({
    data: [teammate, opponent, opponentTeammate].map((user) => ({ userId: user.id, courseId: world.course.id, role: "STUDENT" as const })),
  });
  const at = (offset: number) => new Date(now.getTime() + minutes(offset));
  const setup = {
    courseId: world.course.id,
    promptId: world.postedPrompt.id,
    title: null,
    theoryIds: [world.theory.id, liberalism.id],
    teamsPerPosition: 1,
    teamSize: null,
    voterRule: "ALL_STUDENTS" as const,
    anonymousVoting: false,
    revealAfterLock: true,
    createdById: world.instructor.id,
    seed: 7,
  };
  const published = await createDebate(db, {
    ...setup,
    rounds: [
      { name: "Opening", opensAt: at(-120), locksAt: at(-60), votingClosesAt: at(60), wordLimit: 500 },
      { name: "Rebuttal", opensAt: at(-60), locksAt: at(60), votingClosesAt: at(120), wordLimit: 400 },
      { name: "Closing", opensAt: at(60), locksAt: at(120), votingClosesAt: at(180), wordLimit: 300 },
    ],
  });
  await publishAssignment(db, {
    courseId: world.course.id,
    debateId: published.id,
    teams: [
      { theoryId: world.theory.id, studentIds: [world.student.id, teammate.id], pinnedStudentIds: [] },
      { theoryId: liberalism.id, studentIds: [opponent.id, opponentTeammate.id], pinnedStudentIds: [] },
    ],
    excludedStudentIds: [],
    now,
  });
  const draft = await createDebate(db, {
    ...setup,
    rounds: [{ name: "Opening", opensAt: at(60), locksAt: at(120), votingClosesAt: at(180), wordLimit: null }],
  });
  const spareCase = await db.case.create({
    data: { courseId: world.course.id, slug: "spare", title: "A case without debates", periodStart: 2009, periodEnd: 2012, position: 1 },
    select: { id: true },
  });
  const rounds = await db.round.findMany({ where: { debateId: published.id }, orderBy: { index: "asc" }, select: { id: true } });
  const teams = await db.team.findMany({ where: { debateId: published.id }, select: { id: true, theoryId: true } });
  return {
    ...world,
    liberalism,
    spareCase,
    teammate,
    opponent,
    opponentTeammate,
    debate: { id: published.id },
    draftDebate: { id: draft.id },
    votingRound: { id: rounds[0]!.id },
    openRound: { id: rounds[1]!.id },
    scheduledRound: { id: rounds[2]!.id },
    realismTeam: { id: teams.find((team) => team.theoryId === world.theory.id)!.id },
    liberalismTeam: { id: teams.find((team) => team.theoryId === liberalism.id)!.id },
  };
}

export type DebateWorld = Awaited<ReturnType<typeof makeDebateWorld>>;
