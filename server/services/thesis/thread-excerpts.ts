import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";
import { excerptsFor } from "./excerpts";

/**
 * The thesis passages of a seminar thread's prompt, for the thread's header. A student never
 * learns of a draft prompt's thread (as in seminar.thread); a thread opened on a case has none.
 */
export async function threadExcerpts(db: Db, input: { courseId: string; threadId: string; isStaff: boolean }) {
  const thread = await db.thread.findFirst({
    where: { id: input.threadId, courseId: input.courseId, ...(input.isStaff ? {} : { OR: [{ promptId: null }, { prompt: { status: "POSTED" } }] }) },
    select: { promptId: true },
  });
  if (!thread) throw notFound("Thread");
  return thread.promptId ? excerptsFor(db, { courseId: input.courseId, caseId: null, promptId: thread.promptId }) : [];
}
