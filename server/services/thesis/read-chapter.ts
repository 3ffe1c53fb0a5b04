/**
 * What the reader shows: a whole chapter at a time (its lead paragraphs and every section, with
 * the footnotes beside their markers), found by id, by one of its passages' anchors (a deep link
 * that names only the passage), or the first chapter when neither is given.
 */
import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";

type Marker = { number: number; offset: number; footnoteAnchor: string | null };

async function requireThesis(db: Db, courseId: string, thesisId: string) {
  const thesis = await db.thesis.findFirst({ where: { id: thesisId, courseId }, select: { id: true, title: true, author: true } });
  if (!thesis) throw notFound("Thesis");
  return thesis;
}

async function chapterIdFor(db: Db, thesisId: string, input: { chapterId: string | null; anchor: string | null }) {
  if (input.chapterId) {
    const chapter = await db.thesisChapter.findFirst({ where: { id: input.chapterId, thesisId }, select: { id: true } });
    if (!chapter) throw notFound("Chapter");
    return chapter.id;
  }
  if (input.anchor) {
    const paragraph = await db.thesisParagraph.findUnique({ where: { thesisId_anchor: { thesisId, anchor: input.anchor } }, select: { chapterId: true } });
    // A passage gone after a re-import still opens the thesis, at its start.
    if (paragraph) return paragraph.chapterId;
  }
  const first = await db.thesisChapter.findFirst({ where: { thesisId }, orderBy: { order: "asc" }, select: { id: true } });
  return first?.id ?? null;
}

export async function readChapter(db: Db, input: { courseId: string; thesisId: string; chapterId: string | null; anchor: string | null }) {
  const thesis = await requireThesis(db, input.courseId, input.thesisId);
  const chapterId = await chapterIdFor(db, thesis.id, input);
  if (!chapterId) return { thesis, chapter: null, previous: null, next: null, sections: [], paragraphs: [] };

  const chapter = await db.thesisChapter.findUniqueOrThrow({
    where: { id: chapterId },
    select: { id: true, order: true, kind: true, number: true, label: true, title: true, page: true },
  });
  const [previous, next, sections, paragraphs] = await Promise.all([
    db.thesisChapter.findFirst({ where: { thesisId: thesis.id, order: { lt: chapter.order } }, orderBy: { order: "desc" }, select: { id: true, label: true, title: true } }),
    db.thesisChapter.findFirst({ where: { thesisId: thesis.id, order: { gt: chapter.order } }, orderBy: { order: "asc" }, select: { id: true, label: true, title: true } }),
    db.thesisSection.findMany({ where: { chapterId }, orderBy: { order: "asc" }, select: { id: true, level: true, number: true, heading: true, page: true } }),
    db.thesisParagraph.findMany({ where: { chapterId }, orderBy: { order: "asc" }, select: { anchor: true, sectionId: true, text: true, page: true, markers: true } }),
  ]);
  const markers = paragraphs.map((paragraph) => paragraph.markers as Marker[]);
  const footnoteAnchors = [...new Set(markers.flat().flatMap((marker) => (marker.footnoteAnchor ? [marker.footnoteAnchor] : [])))];
  const footnotes = await db.thesisFootnote.findMany({ where: { thesisId: thesis.id, anchor: { in: footnoteAnchors } }, select: { anchor: true, number: true, text: true, page: true } });
  const byAnchor = new Map(footnotes.map((footnote) => [footnote.anchor, footnote]));

  const withNotes = paragraphs.map((paragraph, index) => ({
    anchor: paragraph.anchor,
    sectionId: paragraph.sectionId,
    text: paragraph.text,
    page: paragraph.page,
    // A marker whose note was not found stays in the text as a plain number.
    markers: markers[index]!.map((marker) => ({ number: marker.number, offset: marker.offset, footnote: marker.footnoteAnchor ? (byAnchor.get(marker.footnoteAnchor) ?? null) : null })),
  }));
  return {
    thesis,
    chapter,
    previous,
    next,
    sections: sections.map((section) => ({ ...section, paragraphs: withNotes.filter((paragraph) => paragraph.sectionId === section.id) })),
    paragraphs: withNotes.filter((paragraph) => paragraph.sectionId === null),
  };
}

/** The chosen passages, in the thesis's order, for making a case or a prompt from them. */
export async function readPassages(db: Db, input: { courseId: string; thesisId: string; anchors: string[] }) {
  const thesis = await requireThesis(db, input.courseId, input.thesisId);
  const paragraphs = await db.thesisParagraph.findMany({
    where: { thesisId: thesis.id, anchor: { in: input.anchors } },
    orderBy: { order: "asc" },
    select: { anchor: true, text: true, page: true, chapterId: true, chapter: { select: { label: true, title: true } }, section: { select: { heading: true } } },
  });
  return {
    thesis,
    passages: paragraphs.map(({ chapter, section, ...paragraph }) => ({ ...paragraph, chapterTitle: chapter.label ? `${chapter.label}: ${chapter.title}` : chapter.title, sectionHeading: section?.heading ?? null })),
    missing: input.anchors.filter((anchor) => !paragraphs.some((paragraph) => paragraph.anchor === anchor)),
  };
}

/** Staff: the course's recent imports, failed ones included (a failed first import has no thesis). */
export async function listImports(db: Db, input: { courseId: string }) {
  return db.thesisImport.findMany({
    where: { courseId: input.courseId },
    orderBy: { createdAt: "desc" },
    take: 20,
    select: { id: true, thesisId: true, fileName: true, format: true, byteLength: true, status: true, progress: true, error: true, createdAt: true, finishedAt: true },
  });
}
