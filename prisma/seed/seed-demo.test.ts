import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/server/services/auth/verify-credentials";
import { testDb } from "@/server/testing/world";
import { demoInstructor, demoPassword, demoStudents } from "./demo-accounts";
import { demoCourseId, seedDemo } from "./seed-demo";

describe("seedDemo", () => {
  it("seeds the demo course once, and a second run changes nothing", async () => {
    const db = testDb();
    await seedDemo(db);
    const count = async () => ({
      users: await db.user.count({ where: { email: { endsWith: "@stoa.test" } } }),
      enrollments: await db.enrollment.count({ where: { courseId: demoCourseId } }),
      theories: await db.theory.count({ where: { courseId: demoCourseId } }),
      cases: await db.case.count({ where: { courseId: demoCourseId } }),
      prompts: await db.prompt.count({ where: { case: { courseId: demoCourseId }, status: "POSTED" } }),
      theses: await db.thesis.count({ where: { courseId: demoCourseId } }),
      rubrics: await db.rubric.count({ where: { courseId: demoCourseId } }),
      rubricLevels: await db.rubricLevel.count({ where: { criterion: { rubric: { courseId: demoCourseId } } } }),
    });
    const first = await count();
    expect(first).toEqual({ users: 13, enrollments: 13, theories: 3, cases: 10, prompts: 40, theses: 1, rubrics: 1, rubricLevels: 20 });

    const { created } = await seedDemo(db);
    expect(created).toBe(false);
    expect(await count()).toEqual(first);
  });

  it("seeds the course's rubric, weights adding up to 100 and each criterion's best level worth its weight", async () => {
    const db = testDb();
    await seedDemo(db);
    const rubric = await db.rubric.findFirstOrThrow({
      where: { courseId: demoCourseId },
      select: { title: true, totalPoints: true, criteria: { orderBy: { position: "asc" }, select: { name: true, weight: true, levels: { orderBy: { position: "asc" }, select: { points: true } } } } },
    });
    expect(rubric).toMatchObject({ title: "Theory-based debate argument rubric", totalPoints: 100 });
    expect(rubric.criteria.map((criterion) => [criterion.name, criterion.weight, criterion.levels[0]!.points])).toEqual([
      ["Theoretical accuracy", 25, 25],
      ["Use of case evidence", 25, 25],
      ["Engagement with rival explanations", 20, 20],
      ["Structure and reasoning", 15, 15],
      ["Collaboration and scholarly conduct", 15, 15],
    ]);
  });

  it("lets the demo accounts sign in with the documented password and roles", async () => {
    const db = testDb();
    await seedDemo(db);
    const instructor = await verifyCredentials(db, { email: demoInstructor.email, password: demoPassword });
    const student = await verifyCredentials(db, { email: demoStudents[11]!.email, password: demoPassword });
    const roles = await db.enrollment.findMany({
      where: { courseId: demoCourseId, userId: { in: [instructor.id, student.id] } },
      select: { userId: true, role: true },
    });
    expect(Object.fromEntries(roles.map((row) => [row.userId, row.role]))).toEqual({ [instructor.id]: "INSTRUCTOR", [student.id]: "STUDENT" });
  });
});
