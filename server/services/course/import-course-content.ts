import type { Prisma, PromptStatus } from "@/prisma/generated/client";
import type { CourseContent } from "@/server/domain/course-content";

type Tx = Prisma.TransactionClient;

/**
 * Writes a course's thesis, theories, cases and prompts from course content. Called inside the
 * transaction that creates the course, so a course never exists half-filled.
 */
export async function importCourseContent(
  tx: Tx,
  courseId: string,
  content: CourseContent,
  options: { promptStatus: PromptStatus; now: Date },
) {
  await tx.thesis.create({ data: { courseId, ...content.thesis } });
  await tx.theory.createMany({
    data: content.theories.map((theory, position) => ({
      courseId,
      key: theory.key,
      name: theory.name,
      summary: theory.predicts,
      coreClaims: theory.coreClaims,
      keyThinkers: theory.keyThinkers,
      position,
    })),
  });
  for (const [position, item] of content.cases.entries()) {
    await tx.case.create({
      data: {
        courseId,
        slug: item.slug,
        title: item.title,
        periodStart: item.period.start,
        periodEnd: item.period.end,
        summary: item.summary,
        keyEvents: item.keyEvents,
        sources: item.sources,
        thesisChapter: item.chapter ?? undefined,
        thesisVerdict: item.thesisVerdict,
        perTheory: item.perTheory,
        position,
        prompts: {
          create: item.prompts.map((prompt, promptPosition) => ({
            kind: prompt.kind,
            text: prompt.text,
            status: options.promptStatus,
            postedAt: options.promptStatus === "POSTED" ? options.now : null,
            position: promptPosition,
          })),
        },
      },
    });
  }
}
