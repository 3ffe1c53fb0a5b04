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
    });
    const first = await count();
    expect(first).toEqual({ users: 13, enrollments: 13, theories: 3, cases: 10, prompts: 40, theses: 1 });

    const { created } = await seedDemo(db);
    expect(created).toBe(false);
    expect(await count()).toEqual(first);
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
