import type { CourseRole } from "@/prisma/generated/client";
import type { SessionUser } from "@/server/api/trpc";
import type { Db } from "@/server/db";

/** The caller's enrollment in the course a procedure works on. */
export type Membership = { id: string; role: CourseRole; courseId: string; userId: string };

/**
 * The account behind a session, read fresh: a session token outlives a deleted account, and
 * names and emails change after sign-in.
 */
export async function findSessionUser(db: Db, userId: string): Promise<SessionUser | null> {
  return db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true } });
}

/**
 * The account and its enrollment in one course, in one round trip: every course procedure needs
 * both, and this is on the path of every ballot. Null when the account no longer exists;
 * `membership` null when it is not enrolled in the course.
 */
export async function findCourseCaller(db: Db, input: { userId: string; courseId: string }): Promise<{ user: SessionUser; membership: Membership | null } | null> {
  const [row] = await db.$queryRaw<{ id: string; email: string; name: string; enrollmentId: string | null; role: CourseRole | null }[]>`
    SELECT u.id, u.email, u.name, e.id AS "enrollmentId", e.role::text AS role
    FROM "User" u LEFT JOIN "Enrollment" e ON e."userId" = u.id AND e."courseId" = ${input.courseId}
    WHERE u.id = ${input.userId}`;
  if (!row) return null;
  const user = { id: row.id, email: row.email, name: row.name };
  const membership = row.enrollmentId && row.role ? { id: row.enrollmentId, role: row.role, courseId: input.courseId, userId: row.id } : null;
  return { user, membership };
}
