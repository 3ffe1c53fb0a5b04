import type { Db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { importCourseContent } from "@/server/services/course/import-course-content";
import { newJoinCode } from "@/server/services/course/join-code";
import { thesisCourseContent } from "@/server/services/course/thesis-course";
import { seedCourseRubric } from "@/server/services/grading/course-rubric";
import { demoInstructor, demoPassword, demoStudents } from "./demo-accounts";
import { seedDemoThesis } from "./demo-thesis";

export const demoCourseId = "demo-us-russia";

/**
 * The demo course and its accounts. Idempotent: accounts are upserted (an existing password is
 * left alone) and the course is created only when it does not exist yet, so an instructor's
 * edits to it survive restarts.
 */
export async function seedDemo(db: Db, now = new Date()): Promise<{ created: boolean }> {
  const passwordHash = await hashPassword(demoPassword);
  const people = [{ ...demoInstructor, role: "INSTRUCTOR" as const }, ...demoStudents.map((student) => ({ ...student, role: "STUDENT" as const }))];

  const result = await db.$transaction(async (tx) => {
    const users = [];
    for (const person of people) {
      const user = await tx.user.upsert({
        where: { email: person.email },
        create: { email: person.email, name: person.name, passwordHash },
        update: {},
        select: { id: true },
      });
      users.push({ id: user.id, role: person.role });
    }

    const existing = await tx.course.findUnique({ where: { id: demoCourseId }, select: { id: true } });
    if (!existing) {
      const content = thesisCourseContent();
      await tx.course.create({
        data: {
          id: demoCourseId,
          title: "US–Russian Relations after the Cold War",
          description: `Realism, liberalism and constructivism tested against ten cases, from NATO enlargement to the Obama reset. Built from the thesis “${content.thesis.title}” by ${content.thesis.author}.`,
          joinCode: newJoinCode(),
        },
      });
      await importCourseContent(tx, demoCourseId, content, { promptStatus: "POSTED", now });
    }
    // Also for a demo course seeded before rubrics existed.
    await seedCourseRubric(tx, demoCourseId, thesisCourseContent().rubric);

    for (const user of users) {
      await tx.enrollment.upsert({
        where: { userId_courseId: { userId: user.id, courseId: demoCourseId } },
        create: { userId: user.id, courseId: demoCourseId, role: user.role },
        update: {},
      });
    }
    return { created: !existing };
  }, { timeout: 30_000 });
  // After the transaction: the importer runs its own, and needs the enrolled instructor.
  await seedDemoThesis(db, demoCourseId);
  return result;
}
