import type { SessionUser } from "@/server/api/trpc";
import { paragraphDoc } from "@/server/domain/seminar/rich-text";
import { createPost } from "@/server/services/seminar/posts";
import type { ThreadOptions } from "@/server/services/seminar/threads";
import { testDb, type World } from "@/server/testing/world";

/** A posted SEMINAR prompt on the world's case and its thread, with the given options. */
export async function makeSeminarThread(world: Pick<World, "course" | "case" | "instructor">, options: Partial<ThreadOptions & { lockedAt: Date }> = {}) {
  const db = testDb();
  const prompt = await db.prompt.create({
    data: { caseId: world.case.id, kind: "SEMINAR", text: "Was Kosovo a turning point?", status: "POSTED", postedAt: new Date() },
    select: { id: true, text: true },
  });
  return db.thread.create({
    data: { courseId: world.course.id, promptId: prompt.id, caseId: world.case.id, title: prompt.text, createdById: world.instructor.id, ...options },
    select: { id: true, promptId: true },
  });
}

/** A post through the service, as `author` (a student unless said otherwise). */
export async function makePost(
  world: Pick<World, "course">,
  input: { threadId: string; author: SessionUser; text?: string; parentId?: string | null; role?: "STUDENT" | "TA" | "INSTRUCTOR" },
) {
  return createPost(testDb(), {
    courseId: world.course.id,
    threadId: input.threadId,
    viewer: { userId: input.author.id, role: input.role ?? "STUDENT", name: input.author.name },
    parentId: input.parentId ?? null,
    theoryId: null,
    body: paragraphDoc(input.text ?? "Power decides outcomes."),
    quote: null,
    now: new Date(),
  });
}
