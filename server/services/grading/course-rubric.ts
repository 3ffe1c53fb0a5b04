import { z } from "zod";
import type { Prisma } from "@/prisma/generated/client";
import { assertValidRubric } from "@/server/domain/grading/rubric-rules";
import { insertRubric } from "@/server/services/grading/rubrics";

/** A rubric as course content ships it (prisma/seed/thesis-course.json's `rubric`). */
const rubricContentSchema = z.object({
  title: z.string().min(1),
  totalPoints: z.number().int().positive(),
  criteria: z
    .array(
      z.object({
        name: z.string().min(1),
        description: z.string().default(""),
        weight: z.number().int().positive(),
        minPoints: z.number().nullable().default(null),
        maxPoints: z.number().nullable().default(null),
        levels: z.array(z.object({ label: z.string().min(1), points: z.number().min(0), descriptor: z.string().default("") })).min(1),
      }),
    )
    .min(1),
});

/**
 * Gives a course the rubric its content ships with, once: a course that has any rubric already
 * (the seeded one, perhaps edited since) is left alone.
 */
export async function seedCourseRubric(tx: Prisma.TransactionClient, courseId: string, content: unknown): Promise<{ created: boolean }> {
  if (content === undefined) return { created: false };
  const draft = rubricContentSchema.parse(content);
  assertValidRubric(draft);
  const existing = await tx.rubric.findFirst({ where: { courseId }, select: { id: true } });
  if (existing) return { created: false };
  await insertRubric(tx, courseId, draft, { version: 1, parentId: null });
  return { created: true };
}
