import type { Db } from "@/server/db";

export type StudentParticipation = {
  userId: string;
  name: string;
  /** Live posts in the course's seminars (top-level and replies); deleted and hidden ones do not count. */
  posts: number;
  /** Of those, replies to someone. */
  replies: number;
  postWords: number;
  /**
   * Words of frozen team arguments credited to the student: each submission's word count split
   * in proportion to the surviving characters each writer inserted. Characters nobody could be
   * credited for keep their share, so nobody is credited more than they wrote.
   */
  argumentWords: number;
  /** Minutes spent writing team arguments, as the co-editing history counted them. */
  activeMinutes: number;
  /** Ballots cast in the course's rounds (how they voted is never read here). */
  ballots: number;
  /** Debates in which the student is on a team. */
  debates: number;
  /**
   * The latest of: writing, editing or deleting a post, casting or changing a ballot, starting a
   * writing session on a team argument (the first update a new editor session sent). Null: nothing yet.
   */
  lastActivityAt: Date | null;
};

type Roster = Pick<StudentParticipation, "userId" | "name" | "posts" | "replies" | "postWords" | "debates"> & { lastPostAt: Date | null };
type Voting = { userId: string; ballots: number; lastBallotAt: Date | null; lastWritingAt: Date | null };
type Writing = { userId: string; argumentWords: number; activeMinutes: number };

/**
 * Per student of the course, everything the dashboard shows about their participation. Three
 * queries run side by side (so that PostgreSQL can spread them over its cores), whatever the
 * number of students, debates or posts.
 */
export async function studentParticipation(db: Db, input: { courseId: string }): Promise<StudentParticipation[]> {
  const [roster, voting, writing] = await Promise.all([
    db.$queryRaw<Roster[]>`
      WITH post_figures AS (
        SELECT p."authorId" AS "userId",
               count(*) FILTER (WHERE p."deletedAt" IS NULL AND p."hiddenAt" IS NULL) AS posts,
               count(*) FILTER (WHERE p."deletedAt" IS NULL AND p."hiddenAt" IS NULL AND p."parentId" IS NOT NULL) AS replies,
               sum(p."wordCount") FILTER (WHERE p."deletedAt" IS NULL AND p."hiddenAt" IS NULL) AS words,
               max(greatest(p."createdAt", p."editedAt", p."deletedAt")) AS "lastAt"
          FROM "Post" p JOIN "Thread" t ON t.id = p."threadId"
         WHERE t."courseId" = ${input.courseId}
         GROUP BY p."authorId"
      ),
      seats AS (
        SELECT m."userId", count(*) AS debates
          FROM "TeamMember" m JOIN "Debate" d ON d.id = m."debateId"
         WHERE d."courseId" = ${input.courseId}
         GROUP BY m."userId"
      )
      SELECT u.id AS "userId", u.name,
             coalesce(p.posts, 0)::int AS posts,
             coalesce(p.replies, 0)::int AS replies,
             coalesce(p.words, 0)::int AS "postWords",
             coalesce(m.debates, 0)::int AS debates,
             p."lastAt" AS "lastPostAt"
        FROM "Enrollment" e
        JOIN "User" u ON u.id = e."userId"
        LEFT JOIN post_figures p ON p."userId" = u.id
        LEFT JOIN seats m ON m."userId" = u.id
       WHERE e."courseId" = ${input.courseId} AND e.role = 'STUDENT'
       ORDER BY u.name, u.id`,
    db.$queryRaw<Voting[]>`
      WITH course_debates AS (
        SELECT id FROM "Debate" WHERE "courseId" = ${input.courseId}
      ),
      ballot_figures AS (
        SELECT b."voterId" AS "userId", count(*) AS ballots, max(b."updatedAt") AS "lastAt"
          FROM "Ballot" b JOIN "Round" r ON r.id = b."roundId" JOIN course_debates d ON d.id = r."debateId"
         GROUP BY b."voterId"
      ),
      writing_sessions AS (
        SELECT c."userId", max(c."createdAt") AS "lastAt"
          FROM "CollabClient" c
         WHERE c."documentName" LIKE 'argument:%'
           AND split_part(c."documentName", ':', 2) IN (SELECT id FROM course_debates)
         GROUP BY c."userId"
      )
      SELECT coalesce(b."userId", w."userId") AS "userId", coalesce(b.ballots, 0)::int AS ballots, b."lastAt" AS "lastBallotAt", w."lastAt" AS "lastWritingAt"
        FROM ballot_figures b FULL JOIN writing_sessions w ON w."userId" = b."userId"`,
    // Each submission's contributions are expanded and shared out on their own (a handful of
    // rows per window), which is far cheaper than one window or join over the whole course.
    db.$queryRaw<Writing[]>`
      SELECT x."userId", round(sum(x.words))::int AS "argumentWords", round(sum(x.minutes))::int AS "activeMinutes"
        FROM "Submission" s
        JOIN "Round" r ON r.id = s."roundId"
        JOIN "Debate" d ON d.id = r."debateId"
       CROSS JOIN LATERAL (
         SELECT e."userId", e.minutes,
                CASE WHEN sum(e.inserted) OVER () > 0 THEN s."wordCount" * e.inserted / sum(e.inserted) OVER () ELSE 0 END AS words
           FROM (SELECT v->>'userId' AS "userId",
                        CASE WHEN jsonb_typeof(v->'insertedCharacters') = 'number' THEN greatest((v->>'insertedCharacters')::float8, 0) ELSE 0 END AS inserted,
                        CASE WHEN jsonb_typeof(v->'activeMinutes') = 'number' THEN greatest((v->>'activeMinutes')::float8, 0) ELSE 0 END AS minutes
                   FROM jsonb_array_elements(CASE WHEN jsonb_typeof(s.contributions) = 'array' THEN s.contributions ELSE '[]'::jsonb END) v
                  WHERE jsonb_typeof(v) = 'object') e
       ) x
       WHERE d."courseId" = ${input.courseId} AND x."userId" IS NOT NULL
       GROUP BY x."userId"`,
  ]);

  const votingOf = new Map(voting.map((row) => [row.userId, row]));
  const writingOf = new Map(writing.map((row) => [row.userId, row]));
  return roster.map(({ lastPostAt, ...student }) => {
    const votes = votingOf.get(student.userId);
    const written = writingOf.get(student.userId);
    return {
      ...student,
      argumentWords: written?.argumentWords ?? 0,
      activeMinutes: written?.activeMinutes ?? 0,
      ballots: votes?.ballots ?? 0,
      lastActivityAt: latest([lastPostAt, votes?.lastBallotAt ?? null, votes?.lastWritingAt ?? null]),
    };
  });
}

function latest(dates: (Date | null)[]): Date | null {
  return dates.reduce<Date | null>((last, date) => (date !== null && (last === null || date > last) ? date : last), null);
}

const dayMilliseconds = 86_400_000;

/** Whether a student did nothing in the `inactiveDays` days before `now` (or ever). */
export function isInactive(lastActivityAt: Date | null, input: { now: Date; inactiveDays: number }): boolean {
  return lastActivityAt === null || lastActivityAt.getTime() < input.now.getTime() - input.inactiveDays * dayMilliseconds;
}
