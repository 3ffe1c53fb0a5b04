import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";

/** The course's theses with their latest import, for the library page. */
export async function listTheses(db: Db, input: { courseId: string }) {
  const theses = await db.thesis.findMany({
    where: { courseId: input.courseId },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      title: true,
      author: true,
      researchQuestion: true,
      createdAt: true,
      _count: { select: { chapters: true, paragraphs: true, footnotes: true } },
      imports: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, status: true, progress: true, fileName: true, createdAt: true } },
    },
  });
  return theses.map(({ _count, imports, ...thesis }) => ({ ...thesis, counts: _count, hasText: _count.paragraphs > 0, latestImport: imports[0] ?? null }));
}

async function requireThesis(db: Db, courseId: string, thesisId: string) {
  const thesis = await db.thesis.findFirst({ where: { id: thesisId, courseId }, select: { id: true, title: true, author: true } });
  if (!thesis) throw notFound("Thesis");
  return thesis;
}

/** Table of contents: chapters → sections (flattened, with levels) with their ids. */
export async function thesisOutline(db: Db, input: { courseId: string; thesisId: string }) {
  const thesis = await requireThesis(db, input.courseId, input.thesisId);
  const chapters = await db.thesisChapter.findMany({
    where: { thesisId: thesis.id },
    orderBy: { order: "asc" },
    select: {
      id: true,
      kind: true,
      number: true,
      label: true,
      title: true,
      page: true,
      _count: { select: { paragraphs: { where: { sectionId: null } } } },
      sections: { orderBy: { order: "asc" }, select: { id: true, level: true, number: true, heading: true, page: true } },
    },
  });
  return {
    ...thesis,
    chapters: chapters.map(({ _count, ...chapter }) => ({ ...chapter, leadParagraphCount: _count.paragraphs })),
  };
}

/**
 * One section's paragraphs (or, with sectionId null, a chapter's paragraphs before its first
 * heading), each with the footnotes its markers point to, in marker order.
 */
export async function thesisSection(db: Db, input: { courseId: string; thesisId: string; chapterId: string; sectionId: string | null }) {
  const thesis = await requireThesis(db, input.courseId, input.thesisId);
  const chapter = await db.thesisChapter.findFirst({ where: { id: input.chapterId, thesisId: thesis.id }, select: { id: true, title: true, label: true } });
  if (!chapter) throw notFound("Chapter");
  const section = input.sectionId
    ? await db.thesisSection.findFirst({ where: { id: input.sectionId, chapterId: chapter.id }, select: { id: true, heading: true, level: true, number: true } })
    : null;
  if (input.sectionId && !section) throw notFound("Section");

  const paragraphs = await db.thesisParagraph.findMany({
    where: { thesisId: thesis.id, chapterId: chapter.id, sectionId: input.sectionId },
    orderBy: { order: "asc" },
    select: { anchor: true, text: true, page: true, markers: true },
  });
  const markers = paragraphs.map((paragraph) => paragraph.markers as { number: number; offset: number; footnoteAnchor: string | null }[]);
  const footnoteAnchors = [...new Set(markers.flat().flatMap((marker) => (marker.footnoteAnchor ? [marker.footnoteAnchor] : [])))];
  const footnotes = await db.thesisFootnote.findMany({
    where: { thesisId: thesis.id, anchor: { in: footnoteAnchors } },
    select: { anchor: true, number: true, text: true, page: true },
  });
  const byAnchor = new Map(footnotes.map((footnote) => [footnote.anchor, footnote]));
  return {
    thesis,
    chapter,
    section,
    paragraphs: paragraphs.map((paragraph, index) => ({
      anchor: paragraph.anchor,
      text: paragraph.text,
      page: paragraph.page,
      markers: markers[index]!,
      footnotes: markers[index]!.flatMap((marker) => {
        const footnote = marker.footnoteAnchor ? byAnchor.get(marker.footnoteAnchor) : undefined;
        return footnote ? [footnote] : [];
      }),
    })),
  };
}

/** Staff: where an import is, and why it failed. */
export async function importStatus(db: Db, input: { courseId: string; importId: string }) {
  const found = await db.thesisImport.findFirst({
    where: { id: input.importId, courseId: input.courseId },
    select: { id: true, thesisId: true, fileName: true, format: true, byteLength: true, pageCount: true, status: true, progress: true, error: true, createdAt: true, finishedAt: true },
  });
  if (!found) throw notFound("Import");
  return found;
}
