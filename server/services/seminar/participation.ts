import { Prisma } from "@/prisma/generated/client";
import type { Db } from "@/server/db";

export type Participation = { userId: string; name: string; posts: number; replies: number; repliesReceived: number; words: number };

/**
 * Per student of the course: posts written (top-level and replies), replies others wrote to
 * them, and words, across the course's threads or in one. Deleted and hidden posts do not count.
 * One query, whatever the class size.
 */
export async function participationFigures(db: Db | Prisma.TransactionClient, input: { courseId: string; threadId?: string }): Promise<Participation[]> {
  const inThread = input.threadId === undefined ? Prisma.empty : Prisma.sql`AND p."threadId" = ${input.threadId}`;
  return db.$queryRaw<Participation[]>`
    WITH live AS (
      SELECT p.id, p."authorId", p."parentId", p."wordCount"
        FROM "Post" p JOIN "Thread" t ON t.id = p."threadId"
       WHERE t."courseId" = ${input.courseId} ${inThread} AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL
    )
    SELECT u.id AS "userId", u.name,
           (SELECT count(*) FROM live WHERE live."authorId" = u.id)::int AS posts,
           (SELECT count(*) FROM live WHERE live."authorId" = u.id AND live."parentId" IS NOT NULL)::int AS replies,
           (SELECT count(*) FROM live r JOIN live parent ON parent.id = r."parentId"
             WHERE parent."authorId" = u.id AND r."authorId" <> u.id)::int AS "repliesReceived",
           (SELECT coalesce(sum(live."wordCount"), 0) FROM live WHERE live."authorId" = u.id)::int AS words
      FROM "Enrollment" e JOIN "User" u ON u.id = e."userId"
     WHERE e."courseId" = ${input.courseId} AND e.role = 'STUDENT'
     ORDER BY u.name, u.id`;
}
