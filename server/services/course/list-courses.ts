import type { Db } from "@/server/db";

/** The caller's courses, newest enrolment first, with the caller's role in each. */
export async function listCourses(db: Db, userId: string) {
  const enrollments = await db.enrollment.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: {
      role: true,
      course: {
        select: {
          id: true,
          title: true,
          description: true,
          _count: { select: { cases: true, enrollments: true } },
        },
      },
    },
  });
  return enrollments.map(({ role, course }) => ({
    id: course.id,
    title: course.title,
    description: course.description,
    role,
    caseCount: course._count.cases,
    memberCount: course._count.enrollments,
  }));
}
