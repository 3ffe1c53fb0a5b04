import { randomInt } from "node:crypto";
import type { Db } from "@/server/db";
import { AppError } from "@/server/domain/app-error";
import { makeJoinCode, normalizeJoinCode } from "@/server/domain/join-code";
import { isUniqueViolation } from "@/server/services/prisma-errors";

export const newJoinCode = () => makeJoinCode(randomInt);

export async function getJoinCode(db: Db, courseId: string) {
  const course = await db.course.findUniqueOrThrow({ where: { id: courseId }, select: { joinCode: true } });
  return { joinCode: course.joinCode };
}

/** A fresh code; the old one stops working at once. Retries the (1 in 10^11) collision. */
export async function regenerateJoinCode(db: Db, courseId: string) {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await db.course.update({ where: { id: courseId }, data: { joinCode: newJoinCode() }, select: { joinCode: true } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new AppError("CONFLICT", "Could not generate a unique join code; try again");
}

export const invalidJoinCodeMessage = "No course has that join code. Check it with your instructor.";

/** Enrols the user as a student; joining a course one already belongs to changes nothing. */
export async function joinCourse(db: Db, input: { userId: string; code: string }) {
  const course = await db.course.findUnique({ where: { joinCode: normalizeJoinCode(input.code) }, select: { id: true } });
  if (!course) throw new AppError("NOT_FOUND", invalidJoinCodeMessage, { field: "code" });
  await db.enrollment.upsert({
    where: { userId_courseId: { userId: input.userId, courseId: course.id } },
    create: { userId: input.userId, courseId: course.id, role: "STUDENT" },
    update: {},
  });
  return { courseId: course.id };
}
