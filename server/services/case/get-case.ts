import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";
import { readKeyEvents, readPerTheory, readSources, readThesisChapter } from "@/server/domain/course-content";

/** A case as the class sees it: posted prompts only (staff list drafts through prompt.list). */
export async function getCase(db: Db, input: { courseId: string; caseId: string }) {
  const item = await db.case.findFirst({
    where: { id: input.caseId, courseId: input.courseId },
    select: {
      id: true,
      slug: true,
      title: true,
      periodStart: true,
      periodEnd: true,
      summary: true,
      thesisVerdict: true,
      perTheory: true,
      keyEvents: true,
      sources: true,
      thesisChapter: true,
      prompts: {
        where: { status: "POSTED" },
        orderBy: [{ position: "asc" }, { createdAt: "asc" }],
        select: { id: true, kind: true, text: true, status: true, position: true },
      },
    },
  });
  if (!item) throw notFound("Case");
  return {
    ...item,
    perTheory: readPerTheory(item.perTheory),
    keyEvents: readKeyEvents(item.keyEvents),
    sources: readSources(item.sources),
    thesisChapter: readThesisChapter(item.thesisChapter),
  };
}
