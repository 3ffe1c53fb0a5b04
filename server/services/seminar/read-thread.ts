import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";
import { buildPostTree, type TreeNode } from "@/server/domain/seminar/post-tree";
import { threadState } from "@/server/domain/seminar/thread-state";
import { readSources } from "@/server/domain/course-content";
import { topLevelOrder, type PostSort } from "@/server/services/seminar/post-order";
import { postSelect, toPostView, type PostView } from "@/server/services/seminar/post-view";
import { isStaff, type Viewer } from "@/server/services/seminar/viewer";

export const postsPerPage = 50;

export type ThreadNode = { post: PostView; replyingTo: string | null; replies: ThreadNode[] };

type ReadInput = { courseId: string; threadId: string; viewer: Viewer; now: Date; sort: PostSort; theoryId: string | null; page: number };

async function staffIdsOf(db: Db, courseId: string) {
  const staff = await db.enrollment.findMany({ where: { courseId, role: { in: ["INSTRUCTOR", "TA"] } }, select: { userId: true } });
  return new Set(staff.map((item) => item.userId));
}

/** Every reply under the given posts, level by level (one query per level, not per post). */
async function repliesUnder(db: Db, threadId: string, rootIds: string[]) {
  const rows = [];
  let frontier = rootIds;
  while (frontier.length > 0) {
    const level = await db.post.findMany({ where: { threadId, parentId: { in: frontier } }, select: postSelect });
    rows.push(...level);
    frontier = level.map((row) => row.id);
  }
  return rows;
}

function withNames(node: TreeNode<PostView>, names: Map<string, string>): ThreadNode {
  return {
    post: node.post,
    replyingTo: node.replyingToId ? (names.get(node.replyingToId) ?? null) : null,
    replies: node.replies.map((child) => withNames(child, names)),
  };
}

/**
 * A thread and one page of its top-level posts with their replies, as the viewer may see them.
 * Reading does not mark the thread read: the page calls markThreadRead once it has shown the
 * "new since your last visit" markers this returns.
 */
export async function readThread(db: Db, input: ReadInput) {
  const thread = await db.thread.findFirst({
    where: { id: input.threadId, courseId: input.courseId },
    select: {
      id: true,
      title: true,
      requirePostBeforeView: true,
      anonymousToPeers: true,
      opensAt: true,
      closesAt: true,
      lockedAt: true,
      prompt: { select: { text: true, status: true } },
      case: { select: { id: true, title: true, sources: true } },
    },
  });
  if (!thread || (!isStaff(input.viewer) && thread.prompt?.status === "DRAFT")) throw notFound("Thread");

  const [staffIds, read, ownPosts, theories] = await Promise.all([
    staffIdsOf(db, input.courseId),
    db.threadRead.findUnique({ where: { threadId_userId: { threadId: thread.id, userId: input.viewer.userId } }, select: { lastReadAt: true } }),
    db.post.count({ where: { threadId: thread.id, authorId: input.viewer.userId, deletedAt: null } }),
    db.theory.findMany({ where: { courseId: input.courseId }, orderBy: { position: "asc" }, select: { id: true, name: true } }),
  ]);
  const mustPostFirst = !isStaff(input.viewer) && thread.requirePostBeforeView && ownPosts === 0;
  const header = {
    id: thread.id,
    title: thread.title,
    promptText: thread.prompt?.text ?? null,
    case: thread.case ? { id: thread.case.id, title: thread.case.title } : null,
    sources: readSources(thread.case?.sources),
    requirePostBeforeView: thread.requirePostBeforeView,
    anonymousToPeers: thread.anonymousToPeers,
    opensAt: thread.opensAt,
    closesAt: thread.closesAt,
    lockedAt: thread.lockedAt,
    state: threadState(thread, input.now),
    theories,
    lastReadAt: read?.lastReadAt ?? null,
    mustPostFirst,
  };
  if (mustPostFirst) return { ...header, posts: [] as ThreadNode[], totalTopLevel: 0, page: 0, pageCount: 0 };

  const where = { threadId: thread.id, parentId: null, ...(input.theoryId ? { theoryId: input.theoryId } : {}) };
  const [totalTopLevel, roots] = await Promise.all([
    db.post.count({ where }),
    db.post.findMany({ where, orderBy: [...topLevelOrder(input.sort)], skip: input.page * postsPerPage, take: postsPerPage, select: postSelect }),
  ]);
  const replies = await repliesUnder(db, thread.id, roots.map((root) => root.id));
  const context = { viewer: input.viewer, staffIds, isAnonymous: thread.anonymousToPeers, lastReadAt: header.lastReadAt };
  const rootViews = roots.map((row) => toPostView(row, context));
  const replyViews = replies.map((row) => toPostView(row, context));
  const names = new Map([...rootViews, ...replyViews].map((post) => [post.id, post.authorName]));
  return {
    ...header,
    posts: buildPostTree(rootViews, replyViews).map((node) => withNames(node, names)),
    totalTopLevel,
    page: input.page,
    pageCount: Math.ceil(totalTopLevel / postsPerPage),
  };
}
