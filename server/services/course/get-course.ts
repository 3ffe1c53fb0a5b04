import type { CourseRole } from "@/prisma/generated/client";
import type { Db } from "@/server/db";

/** A course's home: thesis, theories and cases, with counts of prompts students can see. */
export async function getCourse(db: Db, input: { courseId: string; role: CourseRole }) {
  const course = await db.course.findUniqueOrThrow({
    where: { id: input.courseId },
    select: {
      id: true,
      title: true,
      description: true,
      theses: {
        orderBy: { createdAt: "asc" },
        take: 1,
        select: { id: true, title: true, author: true, researchQuestion: true, conclusion: true },
      },
      theories: {
        orderBy: [{ position: "asc" }, { key: "asc" }],
        select: { id: true, key: true, name: true, summary: true, coreClaims: true, keyThinkers: true, position: true },
      },
      cases: {
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: {
          id: true,
          slug: true,
          title: true,
          periodStart: true,
          periodEnd: true,
          summary: true,
          position: true,
          prompts: { where: { status: "POSTED" }, select: { kind: true } },
        },
      },
    },
  });
  return {
    id: course.id,
    title: course.title,
    description: course.description,
    role: input.role,
    thesis: course.theses[0] ?? null,
    theories: course.theories,
    cases: course.cases.map(({ prompts, ...item }) => ({
      ...item,
      postedPromptCounts: {
        debate: prompts.filter((prompt) => prompt.kind === "DEBATE").length,
        seminar: prompts.filter((prompt) => prompt.kind === "SEMINAR").length,
      },
    })),
  };
}

export async function updateCourse(db: Db, input: { courseId: string; title: string; description: string }) {
  return db.course.update({
    where: { id: input.courseId },
    data: { title: input.title, description: input.description },
    select: { id: true, title: true, description: true },
  });
}
