import type { CourseRole } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";

export async function listMembers(db: Db, courseId: string) {
  const enrollments = await db.enrollment.findMany({
    where: { courseId },
    orderBy: [{ role: "asc" }, { user: { name: "asc" } }],
    select: { role: true, createdAt: true, user: { select: { id: true, name: true, email: true } } },
  });
  return enrollments.map(({ role, createdAt, user }) => ({
    userId: user.id,
    name: user.name,
    email: user.email,
    role,
    joinedAt: createdAt,
  }));
}

const lastInstructorMessage = "A course needs at least one instructor: make someone else instructor first";

/**
 * Changes run in a serializable transaction so that two instructors demoting each other at
 * once cannot leave the course with none.
 */
async function withInstructorGuard<T>(
  db: Db,
  input: { courseId: string; userId: string },
  leavesInstructorRole: (role: CourseRole) => boolean,
  write: (tx: Parameters<Parameters<Db["$transaction"]>[0]>[0], role: CourseRole) => Promise<T>,
): Promise<T> {
  return db.$transaction(
    async (tx) => {
      const enrollment = await tx.enrollment.findUnique({
        where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
        select: { role: true },
      });
      if (!enrollment) throw notFound("Member");
      if (enrollment.role === "INSTRUCTOR" && leavesInstructorRole(enrollment.role)) {
        const instructors = await tx.enrollment.count({ where: { courseId: input.courseId, role: "INSTRUCTOR" } });
        if (instructors <= 1) throw new AppError("PRECONDITION_FAILED", lastInstructorMessage);
      }
      return write(tx, enrollment.role);
    },
    { isolationLevel: "Serializable" },
  );
}

export async function changeRole(db: Db, input: { courseId: string; userId: string; role: CourseRole }) {
  return withInstructorGuard(db, input, () => input.role !== "INSTRUCTOR", (tx) =>
    tx.enrollment.update({
      where: { userId_courseId: { userId: input.userId, courseId: input.courseId } },
      data: { role: input.role },
      select: { userId: true, role: true },
    }),
  );
}

export async function removeMember(db: Db, input: { courseId: string; userId: string }) {
  return withInstructorGuard(db, input, () => true, async (tx) => {
    await tx.enrollment.delete({ where: { userId_courseId: { userId: input.userId, courseId: input.courseId } } });
    return { userId: input.userId };
  });
}
