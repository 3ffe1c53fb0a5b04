import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";

/**
 * Deletes a debate that is still a draft. Once the class has seen its teams, arguments and votes
 * belong to students' records, so a published debate stays.
 */
export async function deleteDraftDebate(db: Db, input: { courseId: string; debateId: string }) {
  const { count } = await db.debate.deleteMany({ where: { id: input.debateId, courseId: input.courseId, status: "DRAFT" } });
  if (count === 1) return { id: input.debateId };
  const exists = await db.debate.findFirst({ where: { id: input.debateId, courseId: input.courseId }, select: { id: true } });
  if (!exists) throw notFound("Debate");
  throw new AppError("PRECONDITION_FAILED", "Only a draft debate can be deleted; this one's teams are published");
}
