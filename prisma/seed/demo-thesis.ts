/**
 * The demo course's thesis text. The repository ships no real thesis, so this composes one in
 * Markdown from the course content itself (title, author, research question, theories, and each
 * case's summary, key events, readings and verdict, in the chapters and sections the cases name,
 * with footnotes citing the cases' sources) and imports it through the real importer, so that
 * the library, the reader and the case pages' chapter links have something to show.
 */
import type { Db } from "@/server/db";
import type { CourseContent } from "@/server/domain/course-content";
import { thesisCourseContent } from "@/server/services/course/thesis-course";
import { importThesisNow } from "@/server/services/thesis/import-thesis";
import { uploadThesis } from "@/server/services/thesis/upload-thesis";

type Case = CourseContent["cases"][number];
type Source = Case["sources"][number];

const romanNumerals: Record<number, string> = { 1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX", 10: "X" };
const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const occurrences = ["first", "second", "third"];

function eventDate(date: string) {
  const [year, month, day] = date.split("-");
  if (day) return `On ${Number(day)} ${months[Number(month) - 1]} ${year}`;
  if (month) return `In ${months[Number(month) - 1]} ${year}`;
  return `In ${year}`;
}

const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
/** Only an article is lowered mid-sentence: the rest of a title starts with a name. */
const lowerFirst = (text: string) => text.replace(/^(The|A|An) /, (article) => article.toLowerCase());

/** "Chapter IV: Georgia… (first occurrence, line 6229)" → chapter 4, heading and which occurrence. */
function sectionPlace(reference: string, chapterNumber: number) {
  const occurrence = /\((first|second|third)\s+occurrence/i.exec(reference);
  const plain = reference.replace(/\s*\([^)]*\)/g, "").trim();
  const prefixed = /^Chapter\s+([IVX]+):\s*(.+)$/.exec(plain);
  const number = prefixed ? Number(Object.entries(romanNumerals).find(([, roman]) => roman === prefixed[1])?.[0] ?? chapterNumber) : chapterNumber;
  return { chapterNumber: number, heading: prefixed ? prefixed[2]! : plain, nth: occurrence ? occurrences.indexOf(occurrence[1]!.toLowerCase()) : 0 };
}

/** Footnotes are numbered in the order their markers appear, which is known only at the end. */
class Notes {
  private readonly texts: string[] = [];
  cite(source: Source | undefined) {
    if (!source) return "";
    this.texts.push(`${source.author}, ${source.title}${source.venue ? ` (${source.venue}, ${source.year})` : ` (${source.year})`}.`);
    return `[^note-${this.texts.length - 1}]`;
  }
  number(markdown: string) {
    const order: number[] = [];
    const numbered = markdown.replace(/\[\^note-(\d+)\]/g, (_, index: string) => {
      order.push(Number(index));
      return `[^${order.length}]`;
    });
    return [numbered, ...order.map((index, position) => `[^${position + 1}]: ${this.texts[index]}`), ""].join("\n");
  }
}

type DraftSection = { heading: string; nth: number; paragraphs: string[]; caseTitles: string[] };

/** The demo thesis as Markdown. Pure: the same content always gives the same text (and anchors). */
export function composeDemoThesis(content: CourseContent): string {
  const notes = new Notes();
  const theoryName = new Map(content.theories.map((theory) => [theory.key, theory.name]));
  const chapters = new Map<number, { title: string; sections: DraftSection[] }>();

  const sectionOf = (chapterNumber: number, heading: string, nth: number) => {
    const chapter = chapters.get(chapterNumber);
    if (!chapter || heading === chapter.title) return null;
    let section = chapter.sections.find((item) => item.heading === heading && item.nth === nth);
    if (!section) {
      section = { heading, nth, paragraphs: [], caseTitles: [] };
      chapter.sections.push(section);
    }
    return section;
  };

  for (const item of content.cases) {
    if (item.chapter && !chapters.has(item.chapter.number)) chapters.set(item.chapter.number, { title: item.chapter.title, sections: [] });
  }
  for (const item of content.cases) {
    const chapter = item.chapter;
    if (!chapter) continue;
    const primary = sectionOf(chapter.number, chapter.section || chapter.title, 0);
    const related = chapter.relatedSections.map((reference) => sectionPlace(reference, chapter.number)).flatMap((place) => {
      const section = chapters.has(place.chapterNumber) ? sectionOf(place.chapterNumber, place.heading, place.nth) : null;
      return section ? [{ section, sameChapter: place.chapterNumber === chapter.number }] : [];
    });
    if (!primary) continue;
    primary.caseTitles.push(item.title);
    for (const { section } of related) section.caseTitles.push(item.title);

    primary.paragraphs.push(`${item.title} covers the years ${item.period.start} to ${item.period.end}. ${item.summary}${notes.cite(item.sources[0])}`);
    for (let start = 0; start < item.keyEvents.length; start += 4) {
      const events = item.keyEvents.slice(start, start + 4).map((event) => `${eventDate(event.date)}, ${lowerFirst(sentence(event.event))}`);
      primary.paragraphs.push(`${events.join(" ")}${start === 4 ? notes.cite(item.sources[1]) : ""}`);
    }
    const sameChapter = related.filter((entry) => entry.sameChapter).map((entry) => entry.section);
    const reading = sameChapter.find((section) => /^(IR Theory|Theoretical)/.test(section.heading)) ?? sameChapter[0] ?? primary;
    for (const [key, text] of Object.entries(item.perTheory)) {
      if (text.trim()) reading.paragraphs.push(`Read through ${theoryName.get(key) ?? key}, ${lowerFirst(item.title)} looks like this. ${text.trim()}`);
    }
    if (item.thesisVerdict) reading.paragraphs.push(`On ${lowerFirst(item.title)}, the verdict of this study is as follows. ${item.thesisVerdict}${notes.cite(item.sources[2] ?? item.sources[0])}`);
  }

  const lines: string[] = [`# ${content.thesis.title}`, "", `by ${content.thesis.author}`, "", "## Abstract", "", content.thesis.researchQuestion, ""];
  lines.push("## Chapter I: Review of U.S.-Russian Relations Scholarship", "");
  lines.push("Three schools of international relations compete to explain why the relationship between Washington and Moscow soured after 1991. This chapter sets out what each of them claims and who argued it.", "");
  for (const theory of content.theories) {
    lines.push(`### ${theory.name}`, "");
    if (theory.coreClaims.length > 0) lines.push(`${theory.name} rests on a few claims. ${theory.coreClaims.map(sentence).join(" ")}`, "");
    if (theory.keyThinkers.length > 0) lines.push(`Its main authors include ${theory.keyThinkers.join(", ")}.`, "");
    if (theory.predicts) lines.push(`What ${theory.name.toLowerCase()} expects of the post-Cold War relationship: ${theory.predicts}`, "");
  }
  lines.push("## Chapter II: Research Design", "");
  lines.push(`The question this study asks is simple to state. ${content.thesis.researchQuestion}`, "");
  lines.push(`It answers it by testing the three theories against ${content.cases.length} episodes, in the order they happened: ${content.cases.map((item) => item.title).join("; ")}.`, "");
  for (const [number, chapter] of [...chapters.entries()].sort(([a], [b]) => a - b)) {
    lines.push(`## Chapter ${romanNumerals[number] ?? number}: ${chapter.title}`, "");
    // A chapter's background comes before the episodes it introduces.
    const sections = [...chapter.sections].sort((a, b) => Number(b.heading.startsWith("Background")) - Number(a.heading.startsWith("Background")));
    for (const section of sections) {
      lines.push(`### ${section.heading}`, "");
      const paragraphs = section.paragraphs.length > 0 ? section.paragraphs : [`This section draws the threads of ${section.caseTitles.map(lowerFirst).join(" and ")} together.`];
      for (const paragraph of paragraphs) lines.push(paragraph, "");
    }
  }
  lines.push("## Conclusion", "", content.thesis.conclusion, "");
  return notes.number(lines.join("\n"));
}

const noQueue = async () => {};

/**
 * Imports the demo thesis text into the demo course's thesis, once: a thesis that already has
 * text (the demo's, or one an instructor uploaded) is left alone, so re-seeding is a single query.
 */
export async function seedDemoThesis(db: Db, courseId: string): Promise<{ imported: boolean }> {
  const thesis = await db.thesis.findFirst({ where: { courseId }, orderBy: { createdAt: "asc" }, select: { id: true, _count: { select: { paragraphs: true } } } });
  if (!thesis || thesis._count.paragraphs > 0) return { imported: false };
  const instructor = await db.enrollment.findFirst({ where: { courseId, role: "INSTRUCTOR" }, orderBy: { createdAt: "asc" }, select: { userId: true } });
  if (!instructor) return { imported: false };
  const text = composeDemoThesis(thesisCourseContent());
  const upload = await uploadThesis(
    db,
    { courseId, createdById: instructor.userId, thesisId: thesis.id, fileName: "demo-thesis.md", mimeType: "text/markdown", contentBase64: Buffer.from(text).toString("base64") },
    noQueue,
  );
  const result = await importThesisNow(db, upload.id);
  if (result.status !== "DONE") throw new Error(`The demo thesis did not import: ${(await db.thesisImport.findUnique({ where: { id: upload.id }, select: { error: true } }))?.error}`);
  return { imported: true };
}
