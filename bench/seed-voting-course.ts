import type { Db } from "@/server/db";
import { publishAssignment } from "@/server/services/debate/assignment";
import { createDebate } from "@/server/services/debate/create-debate";
import { newJoinCode } from "@/server/services/course/join-code";

/**
 * A course of `studentCount` students in one published debate (two positions, four teams each)
 * whose first round is open for voting, and for each student the two teams they may vote for.
 */
export async function seedVotingCourse(db: Db, studentCount: number) {
  const instructor = await db.user.create({ data: { email: "bench-instructor@example.test", name: "Bench Instructor" } });
  const users = await db.user.createManyAndReturn({
    data: Array.from({ length: studentCount }, (_, index) => ({ email: `bench-${index}@example.test`, name: `Student ${index}` })),
    select: { id: true, name: true, email: true },
  });
  const course = await db.course.create({
    data: {
      title: "Benchmark course",
      joinCode: newJoinCode(),
      enrollments: { create: [{ userId: instructor.id, role: "INSTRUCTOR" }, ...users.map((user) => ({ userId: user.id, role: "STUDENT" as const }))] },
      theories: { create: [{ key: "realism", name: "Realism", coreClaims: [], keyThinkers: [] }, { key: "liberalism", name: "Liberalism", coreClaims: [], keyThinkers: [], position: 1 }] },
      cases: { create: { slug: "bench", title: "Benchmark case", periodStart: 1991, periodEnd: 2012, prompts: { create: { kind: "DEBATE", text: "This house benchmarks.", status: "POSTED" } } } },
    },
    select: { id: true, theories: { orderBy: { position: "asc" }, select: { id: true } }, cases: { select: { prompts: { select: { id: true } } } } },
  });
  const [realism, liberalism] = course.theories;
  const now = Date.now();
  const { id: debateId } = await createDebate(db, {
    courseId: course.id,
    promptId: course.cases[0]!.prompts[0]!.id,
    title: null,
    theoryIds: [realism!.id, liberalism!.id],
    teamsPerPosition: 4,
    teamSize: null,
    rounds: [{ name: "Opening", opensAt: new Date(now - 7_200_000), locksAt: new Date(now - 3_600_000), votingClosesAt: new Date(now + 86_400_000), wordLimit: null }],
    voterRule: "ALL_STUDENTS",
    anonymousVoting: true,
    revealAfterLock: true,
    createdById: instructor.id,
    seed: 1,
  });
  // Students dealt round-robin over eight teams.
  const teamOf = (index: number) => index % 8;
  await publishAssignment(db, {
    courseId: course.id,
    debateId,
    teams: Array.from({ length: 8 }, (_, team) => ({
      theoryId: team < 4 ? realism!.id : liberalism!.id,
      studentIds: users.filter((_, index) => teamOf(index) === team).map((user) => user.id),
      pinnedStudentIds: [],
    })),
    excludedStudentIds: [],
    now: new Date(),
  });
  const teams = await db.team.findMany({ where: { debateId }, orderBy: [{ theory: { position: "asc" } }, { index: "asc" }], select: { id: true } });
  const round = await db.round.findFirstOrThrow({ where: { debateId }, select: { id: true } });
  return {
    courseId: course.id,
    roundId: round.id,
    voters: users.map((user, index) => ({
      ...user,
      choices: [teams[(teamOf(index) + 1) % 8]!.id, teams[(teamOf(index) + 2) % 8]!.id],
    })),
  };
}
