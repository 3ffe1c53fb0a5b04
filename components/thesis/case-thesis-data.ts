import "server-only";
import type { ChapterLinks } from "@/components/case/chapter-reference";
import { serverApi } from "@/server/api/server-caller";
import type { Excerpt } from "./excerpt-list";
import { libraryPaths } from "./paths";

export type CaseThesisData = { caseExcerpts: Excerpt[]; promptExcerpts: Record<string, Excerpt[]>; links: ChapterLinks | null };

/**
 * What the case page shows from the thesis: the case's and its prompts' excerpts, and where its
 * chapter reference opens in the reader. The case page has already checked access, so a failure
 * here costs only these extras, never the page.
 */
export async function loadCaseThesis(courseId: string, caseId: string, promptIds: string[]): Promise<CaseThesisData> {
  const api = await serverApi();
  try {
    const [caseExcerpts, promptLists, found] = await Promise.all([
      api.thesis.excerptsFor({ courseId, caseId }),
      Promise.all(promptIds.map((promptId) => api.thesis.excerptsFor({ courseId, promptId }))),
      api.thesis.caseLinks({ courseId, caseId }),
    ]);
    const href = (link: { chapterId: string; sectionId: string | null } | null) =>
      link && found ? libraryPaths.reader(courseId, found.thesisId, { chapterId: link.chapterId, sectionId: link.sectionId }) : null;
    return {
      caseExcerpts,
      promptExcerpts: Object.fromEntries(promptIds.map((promptId, index) => [promptId, promptLists[index]!])),
      links: found
        ? { chapter: href(found.chapter), section: href(found.section), related: Object.fromEntries(found.related.map((link) => [link.label, href(link)!])) }
        : null,
    };
  } catch (error) {
    console.error("[thesis] the case page's thesis links could not be loaded:", error);
    return { caseExcerpts: [], promptExcerpts: {}, links: null };
  }
}
