/**
 * A case names the chapter and sections of the thesis it comes from in words ("Chapter III",
 * "The Clinton Years", "Chapter IV: Georgia, …", "Theoretical Explanations (second occurrence)").
 * This resolves those words against the imported thesis when the page is read, so the links
 * follow a re-import instead of being stored.
 */
import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";
import { readThesisChapter, type ThesisChapter } from "@/server/domain/course-content";

export type ChapterLink = { label: string; chapterId: string; sectionId: string | null };

type OutlineChapter = { id: string; number: number | null; label: string | null; title: string; sections: { id: string; heading: string }[] };

const comparable = (text: string) =>
  text
    .toLowerCase()
    .replace(/[‘’'"“”]/g, "")
    .replace(/[–—-]/g, " ")
    .replace(/[^a-z0-9 ]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
function romanNumber(roman: string): number | null {
  const digits = roman.toLowerCase().split("").map((digit) => romanValues[digit]);
  if (digits.length === 0 || digits.some((digit) => digit === undefined)) return null;
  return (digits as number[]).reduce((total, value, index, all) => total + (value < (all[index + 1] ?? 0) ? -value : value), 0);
}

/** "Chapter IV: Georgia…" → chapter 4 and the rest; "Kosovo (first occurrence)" → the heading and which one. */
function readReference(reference: string, defaultChapter: number) {
  const occurrence = /\((first|second|third)\s+occurrence[^)]*\)/i.exec(reference);
  const nth = occurrence ? ["first", "second", "third"].indexOf(occurrence[1]!.toLowerCase()) : 0;
  const plain = reference.replace(/\([^)]*\)/g, "").trim();
  const chapter = /^chapter\s+([ivxlc]+|\d+)\s*[:.–-]\s*(.*)$/i.exec(plain);
  if (!chapter) return { chapterNumber: defaultChapter, heading: plain, nth };
  const number = /^\d+$/.test(chapter[1]!) ? Number(chapter[1]) : romanNumber(chapter[1]!);
  return { chapterNumber: number ?? defaultChapter, heading: chapter[2]!.trim(), nth };
}

/** Pure: the links a chapter reference resolves to in an outline (unresolved ones are left out). */
export function resolveChapterReference(reference: ThesisChapter, chapters: OutlineChapter[]) {
  const chapterOf = (number: number) => chapters.find((chapter) => chapter.number === number) ?? null;
  const find = (text: string): ChapterLink | null => {
    const { chapterNumber, heading, nth } = readReference(text, reference.number);
    const chapter = chapterOf(chapterNumber);
    if (!chapter) return null;
    const wanted = comparable(heading);
    // The chapter's own title names the chapter, not a section in it.
    if (wanted === "" || wanted === comparable(chapter.title)) return { label: text, chapterId: chapter.id, sectionId: null };
    const matches = chapter.sections.filter((section) => comparable(section.heading) === wanted);
    const section = matches[nth] ?? matches[0];
    return section ? { label: text, chapterId: chapter.id, sectionId: section.id } : null;
  };
  const chapter = chapterOf(reference.number);
  return {
    chapter: chapter ? { label: reference.title, chapterId: chapter.id, sectionId: null } : null,
    section: reference.section ? find(reference.section) : null,
    related: reference.relatedSections.flatMap((text) => {
      const link = find(text);
      return link ? [link] : [];
    }),
  };
}

/**
 * Where a case's chapter reference points in the course's thesis: null when the case names no
 * chapter or the course has no thesis with text yet.
 */
export async function caseChapterLinks(db: Db, input: { courseId: string; caseId: string }) {
  const item = await db.case.findFirst({ where: { id: input.caseId, courseId: input.courseId }, select: { thesisChapter: true } });
  if (!item) throw notFound("Case");
  const reference = readThesisChapter(item.thesisChapter);
  if (!reference) return null;
  const thesis = await db.thesis.findFirst({
    where: { courseId: input.courseId, paragraphs: { some: {} } },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      chapters: {
        orderBy: { order: "asc" },
        select: { id: true, number: true, label: true, title: true, sections: { orderBy: { order: "asc" }, select: { id: true, heading: true } } },
      },
    },
  });
  if (!thesis) return null;
  return { thesisId: thesis.id, ...resolveChapterReference(reference, thesis.chapters) };
}
