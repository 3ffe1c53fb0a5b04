import { Prisma } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { publishCourseEvent } from "@/server/services/events/course-events";
import { notify } from "@/server/services/notification/notifications";
import { threadHref } from "@/server/services/seminar/viewer";

type PostRef = { courseId: string; postId: string };

async function requirePost(db: Db | Prisma.TransactionClient, input: PostRef) {
  const post = await db.post.findFirst({
    where: { id: input.postId, thread: { courseId: input.courseId } },
    select: { id: true, threadId: true, authorId: true, deletedAt: true, thread: { select: { title: true } } },
  });
  if (!post) throw notFound("Post");
  return post;
}

async function changed(db: Db, courseId: string, threadId: string, postId: string) {
  await publishCourseEvent(db, { courseId, type: "post", threadId });
  return { id: postId };
}

/** Pinned posts come first in every sort. */
export async function setPinned(db: Db, input: PostRef & { isPinned: boolean; now: Date }) {
  const post = await requirePost(db, input);
  await db.post.update({ where: { id: post.id }, data: { pinnedAt: input.isPinned ? input.now : null } });
  return changed(db, input.courseId, post.threadId, post.id);
}

/** An endorsement shows an instructor badge on the post. */
export async function setEndorsed(db: Db, input: PostRef & { isEndorsed: boolean; staffId: string; now: Date }) {
  const post = await requirePost(db, input);
  await db.post.update({
    where: { id: post.id },
    data: input.isEndorsed ? { endorsedAt: input.now, endorsedById: input.staffId } : { endorsedAt: null, endorsedById: null },
  });
  return changed(db, input.courseId, post.threadId, post.id);
}

/** Hides a post from students; its author is told why, by notification and on the post itself. */
export async function hidePost(db: Db, input: PostRef & { reason: string; staffId: string; now: Date }) {
  const post = await db.$transaction(async (tx) => {
    const post = await requirePost(tx, input);
    if (post.deletedAt) throw new AppError("PRECONDITION_FAILED", "This post was already deleted by its author");
    await tx.post.update({ where: { id: post.id }, data: { hiddenAt: input.now, hiddenReason: input.reason, hiddenById: input.staffId } });
    await tx.postReport.updateMany({ where: { postId: post.id, resolvedAt: null }, data: { resolvedAt: input.now, resolvedById: input.staffId } });
    if (post.authorId !== input.staffId) {
      await notify(tx, [
        {
          userId: post.authorId,
          courseId: input.courseId,
          kind: "POST_HIDDEN",
          title: `Your post in “${post.thread.title}” was hidden: ${input.reason}`,
          href: threadHref(input.courseId, post.threadId, post.id),
        },
      ]);
    }
    return post;
  });
  return changed(db, input.courseId, post.threadId, post.id);
}

export async function unhidePost(db: Db, input: PostRef) {
  const post = await requirePost(db, input);
  await db.post.update({ where: { id: post.id }, data: { hiddenAt: null, hiddenReason: null, hiddenById: null } });
  return changed(db, input.courseId, post.threadId, post.id);
}

/** A reader flags a post for staff; once per reader per post (a database constraint). */
export async function reportPost(db: Db, input: PostRef & { reporterId: string; reason: string }) {
  const post = await requirePost(db, input);
  if (post.authorId === input.reporterId) throw new AppError("BAD_REQUEST", "You cannot report your own post");
  if (post.deletedAt) throw new AppError("PRECONDITION_FAILED", "This post was deleted");
  try {
    return await db.postReport.create({ data: { postId: post.id, reporterId: input.reporterId, reason: input.reason }, select: { id: true } });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("CONFLICT", "You have already reported this post");
    }
    throw error;
  }
}

/** The staff queue: open reports first, each with the post's text and thread. */
export async function listReports(db: Db, input: { courseId: string; includeResolved: boolean }) {
  return db.postReport.findMany({
    where: { post: { thread: { courseId: input.courseId } }, ...(input.includeResolved ? {} : { resolvedAt: null }) },
    orderBy: [{ resolvedAt: { sort: "desc", nulls: "first" } }, { createdAt: "asc" }],
    take: 200,
    select: {
      id: true,
      reason: true,
      createdAt: true,
      resolvedAt: true,
      reporter: { select: { name: true } },
      post: {
        select: {
          id: true,
          threadId: true,
          plainText: true,
          hiddenAt: true,
          deletedAt: true,
          author: { select: { name: true } },
          thread: { select: { title: true } },
        },
      },
    },
  });
}

export async function resolveReport(db: Db, input: { courseId: string; reportId: string; staffId: string; now: Date }) {
  const { count } = await db.postReport.updateMany({
    where: { id: input.reportId, post: { thread: { courseId: input.courseId } } },
    data: { resolvedAt: input.now, resolvedById: input.staffId },
  });
  if (count === 0) throw notFound("Report");
  return { id: input.reportId };
}
