import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";

export async function updateTheory(
  db: Db,
  input: { courseId: string; theoryId: string; name: string; summary: string; coreClaims: string[]; keyThinkers: string[] },
) {
  const { count } = await db.theory.updateMany({
    where: { id: input.theoryId, courseId: input.courseId },
    data: { name: input.name, summary: input.summary, coreClaims: input.coreClaims, keyThinkers: input.keyThinkers },
  });
  if (count === 0) throw notFound("Theory");
  return { id: input.theoryId };
}
