import { randomUUID } from "node:crypto";
import type { CourseRole } from "@/prisma/generated/client";
import { createCaller } from "@/server/api/root";
import { createTRPCContext, type SessionUser } from "@/server/api/trpc";
import { createDb, type Db } from "@/server/db";
import { env } from "@/server/env";
import { newJoinCode } from "@/server/services/course/join-code";

let shared: Db | undefined;

/** The test database (globalSetup points DATABASE_URL at a fresh one). */
export function testDb(): Db {
  shared ??= createDb(env().DATABASE_URL);
  return shared;
}

export function callerFor(user: SessionUser | null) {
  return createCaller(createTRPCContext({ db: testDb(), user }));
}

const unique = () => randomUUID().slice(0, 8);

export async function makeUser(name = "Test User"): Promise<SessionUser> {
  const email = `${name.toLowerCase().replace(/[^a-z]+/g, ".")}.${unique()}@example.test`;
  return testDb().user.create({ data: { email, name }, select: { id: true, email: true, name: true } });
}

export async function makeCourse(members: { user: SessionUser; role: CourseRole }[], title = "Test course") {
  return testDb().course.create({
    data: {
      title,
      joinCode: newJoinCode(),
      enrollments: { create: members.map(({ user, role }) => ({ userId: user.id, role })) },
    },
    select: { id: true, joinCode: true },
  });
}

/**
 * A course with one person in every role, a case with a posted and a draft prompt, and an
 * outsider who is a student elsewhere: the cast of the access and integration tests.
 */
export async function makeWorld() {
  const [instructor, ta, student, outsider] = await Promise.all([
    makeUser("Ida Instructor"),
    makeUser("Tom Assistant"),
    makeUser("Sam Student"),
    makeUser("Olga Outsider"),
  ]);
  const course = await makeCourse([
    { user: instructor, role: "INSTRUCTOR" },
    { user: ta, role: "TA" },
    { user: student, role: "STUDENT" },
  ]);
  const otherCourse = await makeCourse([{ user: outsider, role: "INSTRUCTOR" }], "Another course");
  const db = testDb();
  const theory = await db.theory.create({
    data: { courseId: course.id, key: "realism", name: "Realism", coreClaims: ["Power matters"], keyThinkers: ["Waltz"] },
    select: { id: true },
  });
  const item = await db.case.create({
    data: {
      courseId: course.id,
      slug: `kosovo-${unique()}`,
      title: "Kosovo 1999",
      periodStart: 1998,
      periodEnd: 1999,
      keyEvents: [{ date: "1999-03-24", event: "NATO begins air strikes" }],
      sources: [{ author: "Author", title: "A book", year: "2001", venue: "Press" }],
      prompts: {
        create: [
          { kind: "DEBATE", text: "This house believes Kosovo was a turning point.", status: "POSTED", position: 0, postedAt: new Date() },
          { kind: "SEMINAR", text: "A draft question students must not see.", status: "DRAFT", position: 1 },
        ],
      },
    },
    select: { id: true, prompts: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  const otherCase = await db.case.create({
    data: { courseId: otherCourse.id, slug: "other", title: "Other case", periodStart: 2000, periodEnd: 2001 },
    select: { id: true },
  });
  return {
    instructor,
    ta,
    student,
    outsider,
    course,
    otherCourse,
    theory,
    case: { id: item.id },
    postedPrompt: { id: item.prompts[0]!.id },
    draftPrompt: { id: item.prompts[1]!.id },
    otherCase,
  };
}

export type World = Awaited<ReturnType<typeof makeWorld>>;

export const uniqueEmail = () => `new.${unique()}@example.test`;
