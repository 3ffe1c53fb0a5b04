import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { threadState } from "@/server/domain/seminar/thread-state";
import { isStaff, type Viewer } from "@/server/services/seminar/viewer";

export type ThreadOptions = {
  requirePostBeforeView: boolean;
  anonymousToPeers: boolean;
  opensAt: Date | null;
  closesAt: Date | null;
};

const titleOf = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

function checkTimes(options: Pick<ThreadOptions, "opensAt" | "closesAt">) {
  if (options.opensAt && options.closesAt && options.closesAt <= options.opensAt) {
    throw new AppError("BAD_REQUEST", "The closing time must be after the opening time", { field: "closesAt" });
  }
}

/**
 * Every posted SEMINAR prompt of the course gets its thread the first time anyone lists them.
 * The unique promptId makes concurrent first visits create one thread, not two.
 */
export async function ensurePromptThreads(db: Db, input: { courseId: string; fallbackCreatorId: string }) {
  const prompts = await db.prompt.findMany({
    where: { kind: "SEMINAR", status: "POSTED", case: { courseId: input.courseId }, thread: null },
    select: { id: true, text: true, caseId: true },
  });
  if (prompts.length === 0) return;
  const instructor = await db.enrollment.findFirst({
    where: { courseId: input.courseId, role: "INSTRUCTOR" },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
  });
  await db.thread.createMany({
    data: prompts.map((prompt) => ({
      courseId: input.courseId,
      promptId: prompt.id,
      caseId: prompt.caseId,
      title: titleOf(prompt.text),
      createdById: instructor?.userId ?? input.fallbackCreatorId,
    })),
    skipDuplicates: true,
  });
}

type ThreadCounts = { threadId: string; total: number; unread: number };

async function countsFor(db: Db, courseId: string, userId: string): Promise<Map<string, ThreadCounts>> {
  const rows = await db.$queryRaw<ThreadCounts[]>`
    SELECT p."threadId" AS "threadId",
           count(*)::int AS total,
           count(*) FILTER (WHERE p."authorId" <> ${userId} AND (r."lastReadAt" IS NULL OR p."createdAt" > r."lastReadAt"))::int AS unread
      FROM "Post" p
      JOIN "Thread" t ON t.id = p."threadId"
      LEFT JOIN "ThreadRead" r ON r."threadId" = p."threadId" AND r."userId" = ${userId}
     WHERE t."courseId" = ${courseId} AND p."deletedAt" IS NULL AND p."hiddenAt" IS NULL
     GROUP BY p."threadId"`;
  return new Map(rows.map((row) => [row.threadId, row]));
}

/** The course's threads (or one case's) with post and unread counts; students do not see threads on draft prompts. */
export async function listThreads(db: Db, input: { courseId: string; viewer: Viewer; now: Date; caseId?: string | null }) {
  await ensurePromptThreads(db, { courseId: input.courseId, fallbackCreatorId: input.viewer.userId });
  const threads = await db.thread.findMany({
    where: {
      courseId: input.courseId,
      // A prompt's thread carries its prompt's case, so this finds both kinds of thread on a case.
      ...(input.caseId ? { caseId: input.caseId } : {}),
      ...(isStaff(input.viewer) ? {} : { OR: [{ promptId: null }, { prompt: { status: "POSTED" } }] }),
    },
    orderBy: [{ case: { position: "asc" } }, { createdAt: "asc" }],
    select: {
      id: true,
      title: true,
      promptId: true,
      opensAt: true,
      closesAt: true,
      lockedAt: true,
      requirePostBeforeView: true,
      anonymousToPeers: true,
      case: { select: { id: true, title: true } },
    },
  });
  const counts = await countsFor(db, input.courseId, input.viewer.userId);
  return threads.map((thread) => ({
    ...thread,
    state: threadState(thread, input.now),
    postCount: counts.get(thread.id)?.total ?? 0,
    unreadCount: counts.get(thread.id)?.unread ?? 0,
  }));
}

export async function createCaseThread(db: Db, input: { courseId: string; caseId: string; title: string; createdById: string } & ThreadOptions) {
  checkTimes(input);
  const item = await db.case.findFirst({ where: { id: input.caseId, courseId: input.courseId }, select: { id: true } });
  if (!item) throw notFound("Case");
  return db.thread.create({
    data: {
      courseId: input.courseId,
      caseId: input.caseId,
      title: input.title,
      createdById: input.createdById,
      requirePostBeforeView: input.requirePostBeforeView,
      anonymousToPeers: input.anonymousToPeers,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
    },
    select: { id: true },
  });
}

/** Staff change a thread's options; `isLocked` locks it now or unlocks it. */
export async function updateThread(db: Db, input: { courseId: string; threadId: string; isLocked: boolean; now: Date } & ThreadOptions) {
  checkTimes(input);
  const existing = await db.thread.findFirst({ where: { id: input.threadId, courseId: input.courseId }, select: { lockedAt: true } });
  if (!existing) throw notFound("Thread");
  return db.thread.update({
    where: { id: input.threadId },
    data: {
      requirePostBeforeView: input.requirePostBeforeView,
      anonymousToPeers: input.anonymousToPeers,
      opensAt: input.opensAt,
      closesAt: input.closesAt,
      lockedAt: input.isLocked ? (existing.lockedAt ?? input.now) : null,
    },
    select: { id: true, lockedAt: true },
  });
}

/** Records that the viewer has read the thread up to `now`: unread counts and "new" markers start from here. */
export async function markThreadRead(db: Db, input: { courseId: string; threadId: string; userId: string; now: Date }) {
  const thread = await db.thread.findFirst({ where: { id: input.threadId, courseId: input.courseId }, select: { id: true } });
  if (!thread) throw notFound("Thread");
  await db.threadRead.upsert({
    where: { threadId_userId: { threadId: input.threadId, userId: input.userId } },
    create: { threadId: input.threadId, userId: input.userId, lastReadAt: input.now },
    update: { lastReadAt: input.now },
  });
  return { lastReadAt: input.now };
}
