import { Prisma } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { readSources } from "@/server/domain/course-content";
import { extractMentions } from "@/server/domain/seminar/mentions";
import { validatePostBody, type ValidatedPost } from "@/server/domain/seminar/rich-text";
import { threadState, whyNotOpen } from "@/server/domain/seminar/thread-state";
import { publishCourseEvent } from "@/server/services/events/course-events";
import { notify, type NewNotification } from "@/server/services/notification/notifications";
import { anonymousName, type PostQuote } from "@/server/services/seminar/post-view";
import { isStaff, threadHref, type Viewer } from "@/server/services/seminar/viewer";

export type QuoteInput = { kind: "source"; sourceIndex: number; text: string } | { kind: "thesis"; label: string; text: string };

type Tx = Prisma.TransactionClient;

async function requireOpenThread(db: Tx | Db, input: { courseId: string; threadId: string; now: Date; isStaff: boolean }) {
  const thread = await db.thread.findFirst({
    where: { id: input.threadId, courseId: input.courseId },
    select: { id: true, title: true, anonymousToPeers: true, opensAt: true, closesAt: true, lockedAt: true, prompt: { select: { status: true } }, case: { select: { sources: true } } },
  });
  if (!thread || (!input.isStaff && thread.prompt?.status === "DRAFT")) throw notFound("Thread");
  const reason = whyNotOpen(threadState(thread, input.now));
  if (reason) throw new AppError("PRECONDITION_FAILED", `${reason}: posts can no longer be added or changed`);
  return thread;
}

function quoteFrom(input: QuoteInput | null, sources: unknown): PostQuote | null {
  if (!input) return null;
  if (input.kind === "thesis") return { kind: "thesis", label: input.label, text: input.text };
  const source = readSources(sources)[input.sourceIndex];
  if (!source) throw new AppError("BAD_REQUEST", "That source is not one of this case's sources", { field: "quote" });
  return { kind: "source", label: `${source.author}, ${source.title} (${source.year})`, text: input.text };
}

async function requireTheory(db: Tx, courseId: string, theoryId: string | null) {
  if (!theoryId) return;
  const theory = await db.theory.findFirst({ where: { id: theoryId, courseId }, select: { id: true } });
  if (!theory) throw new AppError("BAD_REQUEST", "That theory is not part of this course", { field: "theoryId" });
}

type NotificationInput = {
  courseId: string;
  threadId: string;
  threadTitle: string;
  postId: string;
  authorId: string;
  authorLabel: string;
  parentAuthorId: string | null;
  post: ValidatedPost;
  /** On an edit: the text before it, whose mentions were already notified. */
  previousText?: string;
};

/** Who hears about a post: the parent's author, and members newly named with "@Full Name". */
async function notificationsFor(db: Tx, input: NotificationInput): Promise<NewNotification[]> {
  const href = threadHref(input.courseId, input.threadId, input.postId);
  const notifications: NewNotification[] = [];
  if (input.parentAuthorId && input.parentAuthorId !== input.authorId) {
    notifications.push({ userId: input.parentAuthorId, courseId: input.courseId, kind: "REPLY", title: `${input.authorLabel} replied to your post in “${input.threadTitle}”`, href });
  }
  if (!input.post.plainText.includes("@")) return notifications;
  const members = (await db.enrollment.findMany({ where: { courseId: input.courseId }, select: { user: { select: { id: true, name: true } } } })).map(
    (member) => member.user,
  );
  const alreadyMentioned = new Set(input.previousText ? extractMentions(input.previousText, members) : []);
  for (const userId of extractMentions(input.post.plainText, members)) {
    if (userId === input.authorId || userId === input.parentAuthorId || alreadyMentioned.has(userId)) continue;
    notifications.push({ userId, courseId: input.courseId, kind: "MENTION", title: `${input.authorLabel} mentioned you in “${input.threadTitle}”`, href });
  }
  return notifications;
}

// Peers of an anonymous thread must not learn a student's name from a notification either.
const authorLabelFor = (thread: { anonymousToPeers: boolean }, viewer: Viewer & { name: string }) =>
  thread.anonymousToPeers && !isStaff(viewer) ? anonymousName : viewer.name;

type CreateInput = {
  courseId: string;
  threadId: string;
  viewer: Viewer & { name: string };
  parentId: string | null;
  theoryId: string | null;
  body: unknown;
  quote: QuoteInput | null;
  now: Date;
};

export async function createPost(db: Db, input: CreateInput) {
  // Validate before touching the database: a bad body stores nothing.
  const post = validatePostBody(input.body);
  const created = await db.$transaction(async (tx) => {
    const thread = await requireOpenThread(tx, { ...input, isStaff: isStaff(input.viewer) });
    const parent = input.parentId
      ? await tx.post.findFirst({ where: { id: input.parentId, threadId: thread.id }, select: { id: true, depth: true, authorId: true, deletedAt: true } })
      : null;
    if (input.parentId && !parent) throw new AppError("NOT_FOUND", "The post you are replying to is not in this thread", { field: "parentId" });
    if (parent?.deletedAt) throw new AppError("PRECONDITION_FAILED", "That post was deleted; reply to the thread instead");
    await requireTheory(tx, input.courseId, input.theoryId);
    const row = await tx.post.create({
      data: {
        threadId: thread.id,
        authorId: input.viewer.userId,
        parentId: parent?.id ?? null,
        depth: parent ? parent.depth + 1 : 0,
        theoryId: input.theoryId,
        body: post.body,
        plainText: post.plainText,
        wordCount: post.wordCount,
        quote: quoteFrom(input.quote, thread.case?.sources) ?? undefined,
        createdAt: input.now,
      },
      select: { id: true },
    });
    const authorLabel = authorLabelFor(thread, input.viewer);
    await notify(
      tx,
      await notificationsFor(tx, {
        courseId: input.courseId,
        threadId: thread.id,
        threadTitle: thread.title,
        postId: row.id,
        authorId: input.viewer.userId,
        authorLabel,
        parentAuthorId: parent?.authorId ?? null,
        post,
      }),
    );
    return row;
  });
  await publishCourseEvent(db, { courseId: input.courseId, type: "post", threadId: input.threadId });
  return created;
}

async function requireOwnPost(tx: Tx, input: { courseId: string; postId: string; viewer: Viewer; now: Date }) {
  const existing = await tx.post.findFirst({
    where: { id: input.postId, thread: { courseId: input.courseId } },
    select: { id: true, threadId: true, authorId: true, body: true, plainText: true, deletedAt: true },
  });
  if (!existing) throw notFound("Post");
  if (existing.authorId !== input.viewer.userId) throw new AppError("PRECONDITION_FAILED", "Only its author can change a post");
  if (existing.deletedAt) throw new AppError("PRECONDITION_FAILED", "This post was deleted");
  const thread = await requireOpenThread(tx, { courseId: input.courseId, threadId: existing.threadId, now: input.now, isStaff: isStaff(input.viewer) });
  return { ...existing, thread };
}

/** The author edits a post; the previous version is kept as a revision, and members newly @mentioned are told. */
export async function editPost(db: Db, input: { courseId: string; postId: string; viewer: Viewer & { name: string }; body: unknown; theoryId: string | null; now: Date }) {
  const post = validatePostBody(input.body);
  const edited = await db.$transaction(async (tx) => {
    const existing = await requireOwnPost(tx, input);
    await requireTheory(tx, input.courseId, input.theoryId);
    await tx.postRevision.create({ data: { postId: existing.id, body: existing.body ?? {}, plainText: existing.plainText, createdAt: input.now } });
    await tx.post.update({
      where: { id: existing.id },
      data: { body: post.body, plainText: post.plainText, wordCount: post.wordCount, theoryId: input.theoryId, editedAt: input.now },
    });
    await notify(
      tx,
      await notificationsFor(tx, {
        courseId: input.courseId,
        threadId: existing.threadId,
        threadTitle: existing.thread.title,
        postId: existing.id,
        authorId: input.viewer.userId,
        authorLabel: authorLabelFor(existing.thread, input.viewer),
        parentAuthorId: null,
        post,
        previousText: existing.plainText,
      }),
    );
    return { id: existing.id, threadId: existing.threadId };
  });
  await publishCourseEvent(db, { courseId: input.courseId, type: "post", threadId: edited.threadId });
  return { id: edited.id };
}

/** The author deletes a post: a tombstone stays so that replies keep their place; the text goes. */
export async function deletePost(db: Db, input: { courseId: string; postId: string; viewer: Viewer; now: Date }) {
  const deleted = await db.$transaction(async (tx) => {
    const existing = await requireOwnPost(tx, input);
    await tx.post.update({
      where: { id: existing.id },
      data: { deletedAt: input.now, body: { type: "doc" }, plainText: "", wordCount: 0, quote: Prisma.DbNull },
    });
    await tx.postRevision.deleteMany({ where: { postId: existing.id } });
    return existing;
  });
  await publishCourseEvent(db, { courseId: input.courseId, type: "post", threadId: deleted.threadId });
  return { id: deleted.id };
}

/** A post's earlier versions, newest first: for its author and for staff. */
export async function postHistory(db: Db, input: { courseId: string; postId: string; viewer: Viewer }) {
  const post = await db.post.findFirst({ where: { id: input.postId, thread: { courseId: input.courseId } }, select: { authorId: true } });
  if (!post || (post.authorId !== input.viewer.userId && !isStaff(input.viewer))) throw notFound("Post");
  return db.postRevision.findMany({ where: { postId: input.postId }, orderBy: { createdAt: "desc" }, select: { id: true, body: true, createdAt: true } });
}
