/**
 * The import job's work: a stored upload → its thesis's structure. Parsing happens outside the
 * transaction; the old structure is replaced by the new one inside ONE transaction, so a failure
 * at any point leaves the thesis as it was (and the import FAILED with a message). Paragraph
 * anchors come from the parser and are stable, so excerpts (which name anchors) survive.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { parseThesis, type ThesisInput } from "@/server/domain/thesis/parse-thesis";
import type { Chapter, ParsedThesis, Section, ThesisFormat } from "@/server/domain/thesis/types";
import { decodeText } from "@/server/domain/thesis/normalize-text";
import { readUpload } from "./read-upload";

type Transaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Where the import is; `onStage` lets a test make a stage fail. */
export type ImportStage = "parsed" | "chapters" | "paragraphs" | "footnotes";
export type ImportOptions = { onStage?: (stage: ImportStage) => void | Promise<void> };

const chunkSize = 1_000;

async function setProgress(db: Db, importId: string, progress: number) {
  await db.thesisImport.update({ where: { id: importId }, data: { progress } });
}

/** The rows to write, in reading order, with ids made here so that links need no round trips. */
export function structureRows(thesisId: string, parsed: ParsedThesis) {
  const chapters: { id: string; thesisId: string; order: number; kind: string; number: number | null; label: string | null; title: string; page: number | null }[] = [];
  const sections: { id: string; thesisId: string; chapterId: string; order: number; level: number; number: string | null; heading: string; page: number | null }[] = [];
  const paragraphs: { id: string; thesisId: string; chapterId: string; sectionId: string | null; anchor: string; text: string; page: number | null; order: number; markers: { number: number; offset: number; footnoteAnchor: string | null }[] }[] = [];
  const footnoteParagraph = new Map<string, string>();

  const addParagraphs = (chapterId: string, sectionId: string | null, items: Chapter["paragraphs"]) => {
    for (const paragraph of items) {
      paragraphs.push({
        id: randomUUID(),
        thesisId,
        chapterId,
        sectionId,
        anchor: paragraph.id,
        text: paragraph.text,
        page: paragraph.page,
        order: paragraphs.length,
        markers: paragraph.footnoteMarkers.map((marker) => ({ number: marker.number, offset: marker.offset, footnoteAnchor: marker.footnoteId })),
      });
      for (const marker of paragraph.footnoteMarkers) {
        if (marker.footnoteId && !footnoteParagraph.has(marker.footnoteId)) footnoteParagraph.set(marker.footnoteId, paragraph.id);
      }
    }
  };
  const addSection = (chapterId: string, section: Section) => {
    const id = randomUUID();
    sections.push({ id, thesisId, chapterId, order: sections.length, level: section.level, number: section.number, heading: section.heading, page: section.page });
    addParagraphs(chapterId, id, section.paragraphs);
    for (const subsection of section.subsections) addSection(chapterId, subsection);
  };
  for (const chapter of parsed.chapters) {
    const id = randomUUID();
    chapters.push({ id, thesisId, order: chapters.length, kind: chapter.kind, number: chapter.number, label: chapter.label, title: chapter.title, page: chapter.page });
    addParagraphs(id, null, chapter.paragraphs);
    for (const section of chapter.sections) addSection(id, section);
  }
  const footnotes = parsed.footnotes.map((footnote) => ({
    thesisId,
    anchor: footnote.id,
    number: footnote.number,
    series: footnote.series,
    text: footnote.text,
    page: footnote.page,
    paragraphAnchor: footnoteParagraph.get(footnote.id) ?? null,
  }));
  return { chapters, sections, paragraphs, footnotes };
}

/**
 * Writes inside the transaction; `onProgress` reports through another connection, so the progress
 * bar moves while the new structure itself stays invisible until it is complete.
 */
async function writeStructure(tx: Transaction, rows: ReturnType<typeof structureRows>, onStage: ImportOptions["onStage"], onProgress: (fraction: number) => Promise<void>) {
  const thesisId = rows.chapters[0]?.thesisId;
  if (thesisId) {
    // Replace, not merge: the chapters cascade to sections and paragraphs.
    await tx.thesisChapter.deleteMany({ where: { thesisId } });
    await tx.thesisFootnote.deleteMany({ where: { thesisId } });
  }
  await tx.thesisChapter.createMany({ data: rows.chapters });
  await tx.thesisSection.createMany({ data: rows.sections });
  await onStage?.("chapters");
  for (let start = 0; start < rows.paragraphs.length; start += chunkSize) {
    await tx.thesisParagraph.createMany({ data: rows.paragraphs.slice(start, start + chunkSize) });
    await onProgress(Math.min(1, (start + chunkSize) / rows.paragraphs.length));
  }
  await onStage?.("paragraphs");
  for (let start = 0; start < rows.footnotes.length; start += chunkSize) {
    await tx.thesisFootnote.createMany({ data: rows.footnotes.slice(start, start + chunkSize) });
  }
  await onStage?.("footnotes");
}

function fileInput(format: string, fileName: string, content: Uint8Array): Promise<ThesisInput> | ThesisInput {
  if (format === "pdf") return readUpload({ fileName, content }).then((upload) => upload.input);
  return { format: format as ThesisFormat, text: decodeText(content) };
}

const failureMessage = (error: unknown) =>
  error instanceof AppError ? error.message : "The file could not be imported: the importer stopped on an unexpected problem. Nothing was changed.";

/**
 * Runs one import to its end, synchronously: what the worker's job does, and what tests (or a
 * development setup without the worker) call directly. Never throws for a bad file: the import
 * ends FAILED with the message. Returns the import's final status.
 */
export async function importThesisNow(db: Db, importId: string, options: ImportOptions = {}) {
  const upload = await db.thesisImport.findUnique({
    where: { id: importId },
    select: { id: true, courseId: true, thesisId: true, fileName: true, format: true, content: true, status: true },
  });
  if (!upload) throw notFound("Import");
  if (upload.status === "DONE") return { status: "DONE" as const, thesisId: upload.thesisId };

  await db.thesisImport.update({ where: { id: importId }, data: { status: "RUNNING", progress: 5, error: null } });
  try {
    const input = await fileInput(upload.format, upload.fileName, upload.content);
    const parsed = parseThesis(input);
    if (parsed.chapters.length === 0) throw new AppError("BAD_REQUEST", "No chapters or section headings were found in the file, so there is nothing to read in the library.");
    await setProgress(db, importId, 40);
    await options.onStage?.("parsed");

    const thesisId = await db.$transaction(
      async (tx) => {
        const title = parsed.title ?? upload.fileName.replace(/\.[a-z]+$/i, "");
        const thesis = upload.thesisId
          ? await tx.thesis.update({ where: { id: upload.thesisId }, data: { ...(parsed.title && { title }), ...(parsed.author && { author: parsed.author }) }, select: { id: true } })
          : await tx.thesis.create({ data: { courseId: upload.courseId, title, author: parsed.author ?? "" }, select: { id: true } });
        await writeStructure(tx, structureRows(thesis.id, parsed), options.onStage, (fraction) => setProgress(db, importId, 40 + Math.round(fraction * 50)));
        await tx.thesisImport.update({ where: { id: importId }, data: { thesisId: thesis.id, status: "DONE", progress: 100, finishedAt: new Date() } });
        return thesis.id;
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
    return { status: "DONE" as const, thesisId };
  } catch (error) {
    if (!(error instanceof AppError)) console.error(`[thesis] import ${importId} failed:`, error);
    await db.thesisImport.update({ where: { id: importId }, data: { status: "FAILED", error: failureMessage(error), finishedAt: new Date() } });
    return { status: "FAILED" as const, thesisId: upload.thesisId };
  }
}
