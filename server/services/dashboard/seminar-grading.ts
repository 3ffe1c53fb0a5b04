import type { Db } from "@/server/db";

type Row = {
  id: string;
  title: string;
  rubricId: string;
  rubricTitle: string;
  rubricVersion: number;
  releasedAt: Date | null;
  final: number;
  drafts: number;
  total: number;
};

/**
 * Participation grading per seminar thread that has a rubric (threads without one are not being
 * graded): final and draft grades of the course's students against the number of students, as
 * the seminar grading page counts them (participationThreads), and when grades were released.
 * One query, whatever the number of threads or students.
 */
export async function seminarGradingProgress(db: Db, input: { courseId: string }) {
  const rows = await db.$queryRaw<Row[]>`
    WITH students AS (
      SELECT "userId" FROM "Enrollment" WHERE "courseId" = ${input.courseId} AND role = 'STUDENT'
    )
    SELECT t.id, t.title, r.id AS "rubricId", r.title AS "rubricTitle", r.version AS "rubricVersion", gr."releasedAt",
           count(g.id) FILTER (WHERE g.status = 'FINAL')::int AS final,
           count(g.id) FILTER (WHERE g.status = 'DRAFT')::int AS drafts,
           (SELECT count(*) FROM students)::int AS total
      FROM "Thread" t
      JOIN "ThreadRubric" tr ON tr."threadId" = t.id
      JOIN "Rubric" r ON r.id = tr."rubricId"
      LEFT JOIN "ThreadGradeRelease" gr ON gr."threadId" = t.id
      LEFT JOIN "Grade" g ON g."threadId" = t.id AND g."studentId" IN (SELECT "userId" FROM students)
      LEFT JOIN "Prompt" p ON p.id = t."promptId"
     WHERE t."courseId" = ${input.courseId} AND (t."promptId" IS NULL OR p.status = 'POSTED')
     GROUP BY t.id, r.id, gr."releasedAt"
     ORDER BY t."createdAt", t.id`;
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    rubric: { id: row.rubricId, title: row.rubricTitle, version: row.rubricVersion },
    releasedAt: row.releasedAt,
    progress: { final: row.final, drafts: row.drafts, total: row.total },
  }));
}
