/**
 * The thesis library through the procedures: upload → import job → outline, section, search;
 * bad files refused with nothing stored; a failed import leaves nothing half-written; a re-import
 * keeps paragraph anchors; cases and prompts made from passages carry their excerpts.
 */
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { generateThesis } from "@/server/domain/thesis/fixtures/generate-thesis";
import { joinPages } from "@/server/domain/thesis/normalize-text";
import { thesisPdfPages } from "@/server/domain/thesis/fixtures/pdf-thesis";
import { writePdf } from "@/server/domain/thesis/fixtures/write-pdf";
import { runThesisImport } from "@/server/jobs/thesis-jobs";
import { importThesisNow } from "@/server/services/thesis/import-thesis";
import { MAX_UPLOAD_BASE64_LENGTH } from "@/server/services/thesis/upload-thesis";
import { makeImportedThesis, sampleThesisText, toBase64 } from "@/server/services/thesis/testing/thesis-world";
import { callerFor, makeWorld, testDb, type World } from "@/server/testing/world";

async function failure(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    if (error instanceof TRPCError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected the call to fail");
}

const generated = generateThesis({ seed: 7, paragraphsPerSection: 2 });
const generatedText = joinPages(generated.pages);

describe("thesis library", () => {
  let world: World;
  beforeAll(async () => {
    world = await makeWorld();
  });

  it("uploads, imports in the background job, and reads the outline, a section and search results", async () => {
    const instructor = callerFor(world.instructor);
    const upload = await instructor.thesis.upload({ courseId: world.course.id, fileName: "thesis.txt", mimeType: "text/plain", contentBase64: toBase64(generatedText) });
    expect(upload).toMatchObject({ status: "QUEUED", progress: 0, format: "text" });
    expect(await callerFor(world.ta).thesis.importStatus({ courseId: world.course.id, importId: upload.id })).toMatchObject({ status: "QUEUED", thesisId: null });

    const result = await importThesisNow(testDb(), upload.id);
    expect(result.status).toBe("DONE");
    const status = await instructor.thesis.importStatus({ courseId: world.course.id, importId: upload.id });
    expect(status).toMatchObject({ status: "DONE", progress: 100, error: null });
    const thesisId = status.thesisId!;

    const student = callerFor(world.student);
    const list = await student.thesis.list({ courseId: world.course.id });
    expect(list.find((thesis) => thesis.id === thesisId)).toMatchObject({ title: expect.stringContaining("Partners, Rivals, Adversaries"), hasText: true });

    const outline = await student.thesis.outline({ courseId: world.course.id, thesisId });
    const numbered = generated.truth.chapters.filter((chapter) => chapter.kind === "chapter").map((chapter) => chapter.title);
    for (const title of numbered) expect(outline.chapters.map((chapter) => chapter.title)).toContain(title);
    const chapter = outline.chapters.find((item) => item.sections.length > 0)!;
    const firstSection = chapter.sections[0]!;
    expect(firstSection.level).toBeGreaterThanOrEqual(1);

    const section = await student.thesis.section({ courseId: world.course.id, thesisId, chapterId: chapter.id, sectionId: firstSection.id });
    expect(section.section?.heading).toBe(firstSection.heading);
    expect(section.paragraphs.length).toBeGreaterThan(0);
    // Footnotes beside their markers: every marker that names a footnote has it, with its text.
    const anyMarked = (await testDb().thesisParagraph.findFirst({ where: { thesisId, markers: { not: [] } }, select: { chapterId: true, sectionId: true } }))!;
    const marked = await student.thesis.section({ courseId: world.course.id, thesisId, chapterId: anyMarked.chapterId, sectionId: anyMarked.sectionId });
    const withNotes = marked.paragraphs.find((paragraph) => paragraph.markers.length > 0)!;
    expect(withNotes.footnotes.length).toBeGreaterThan(0);
    expect(withNotes.footnotes[0]!.number).toBe(withNotes.markers.find((marker) => marker.footnoteAnchor)!.number);
    expect(generated.truth.footnotes.find((note) => note.number === withNotes.footnotes[0]!.number)?.text.slice(0, 20)).toBe(withNotes.footnotes[0]!.text.slice(0, 20));

    const word = "enlargement";
    const hits = await student.thesis.search({ courseId: world.course.id, thesisId, query: word });
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]!.rank).toBeGreaterThanOrEqual(hits.at(-1)!.rank);
    for (const hit of hits) {
      expect(hit.snippet).not.toMatch(/<\/?b>|\uE000|\uE001/);
      expect(hit.matches.length).toBeGreaterThan(0);
      for (const match of hit.matches) expect(hit.snippet.slice(match.start, match.end).toLowerCase()).toMatch(/^enlarg/);
    }
    expect(await student.thesis.search({ courseId: world.course.id, thesisId, query: "xylophone" })).toEqual([]);
  });

  it("shows progress while the structure is written, and the structure only once it is complete", async () => {
    const fresh = await makeWorld();
    const db = testDb();
    const upload = await callerFor(fresh.instructor).thesis.upload({ courseId: fresh.course.id, fileName: "thesis.txt", contentBase64: toBase64(generatedText) });
    const seen: { stage: string; status: string; progress: number; visibleParagraphs: number }[] = [];
    await importThesisNow(db, upload.id, {
      onStage: async (stage) => {
        const status = await callerFor(fresh.ta).thesis.importStatus({ courseId: fresh.course.id, importId: upload.id });
        const visibleParagraphs = await db.thesisParagraph.count({ where: { thesis: { courseId: fresh.course.id } } });
        seen.push({ stage, status: status.status, progress: status.progress, visibleParagraphs });
      },
    });
    expect(seen.map((entry) => entry.stage)).toEqual(["parsed", "chapters", "paragraphs", "footnotes"]);
    expect(seen.every((entry) => entry.status === "RUNNING" && entry.visibleParagraphs === 0)).toBe(true);
    expect(seen.find((entry) => entry.stage === "paragraphs")!.progress).toBe(90);
    expect((await callerFor(fresh.ta).thesis.importStatus({ courseId: fresh.course.id, importId: upload.id })).progress).toBe(100);
  });

  it("imports a PDF through the worker's job, keeping the original file and its pages", async () => {
    const fresh = await makeWorld();
    const bytes = writePdf(thesisPdfPages);
    const upload = await callerFor(fresh.instructor).thesis.upload({ courseId: fresh.course.id, fileName: "cold-peace.pdf", mimeType: "application/pdf", contentBase64: toBase64(bytes) });
    expect(upload).toMatchObject({ format: "pdf", pageCount: thesisPdfPages.length, byteLength: bytes.byteLength });
    expect((await runThesisImport(testDb(), { importId: upload.id })).status).toBe("DONE");
    const stored = await testDb().thesisImport.findUniqueOrThrow({ where: { id: upload.id }, select: { content: true, thesisId: true } });
    expect(Buffer.from(stored.content).equals(Buffer.from(bytes))).toBe(true);
    const outline = await callerFor(fresh.student).thesis.outline({ courseId: fresh.course.id, thesisId: stored.thesisId! });
    expect(outline.author).toBe("Daniel R. Ashworth");
    expect(outline.chapters.length).toBeGreaterThan(0);
    const pages = await testDb().thesisParagraph.findMany({ where: { thesisId: stored.thesisId! }, select: { page: true } });
    expect(pages.every((paragraph) => paragraph.page !== null && paragraph.page >= 2)).toBe(true);
  });

  it.each([
    ["an empty file", { fileName: "empty.txt", contentBase64: "" }, /empty/],
    ["white space only", { fileName: "blank.txt", contentBase64: toBase64("   \n\n  ") }, /only white space/],
    ["binary garbage", { fileName: "thesis.txt", contentBase64: toBase64(new Uint8Array(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))) }, /binary|not text|text file/i],
    ["text that is not UTF-8", { fileName: "latin.txt", contentBase64: toBase64(new Uint8Array([...Buffer.from("Caf"), 0xe9, ...Buffer.from(" au lait, na"), 0xef, ...Buffer.from("ve and more text here.\n")])) }, /UTF-8/],
    ["a file named .pdf that is not one", { fileName: "thesis.pdf", contentBase64: toBase64("Just text, really.") }, /not one|PDF header/],
    ["an oversized upload", { fileName: "huge.txt", contentBase64: "A".repeat(MAX_UPLOAD_BASE64_LENGTH + 4) }, /larger than 20 MB/],
  ])("refuses %s with a clear message and stores nothing", async (_label, file, message) => {
    const before = await testDb().thesisImport.count({ where: { courseId: world.course.id } });
    const refused = await failure(callerFor(world.instructor).thesis.upload({ courseId: world.course.id, ...file }));
    expect(refused.code).toBe("BAD_REQUEST");
    expect(refused.message).toMatch(message);
    expect(await testDb().thesisImport.count({ where: { courseId: world.course.id } })).toBe(before);
  });

  it("a failure mid-import marks the import FAILED and leaves no half-written structure", async () => {
    const fresh = await makeWorld();
    const db = testDb();
    const upload = await callerFor(fresh.instructor).thesis.upload({ courseId: fresh.course.id, fileName: "thesis.txt", contentBase64: toBase64(sampleThesisText) });
    const result = await importThesisNow(db, upload.id, {
      onStage: (stage) => {
        if (stage === "paragraphs") throw new Error("disk on fire");
      },
    });
    expect(result.status).toBe("FAILED");
    const status = await callerFor(fresh.ta).thesis.importStatus({ courseId: fresh.course.id, importId: upload.id });
    expect(status).toMatchObject({ status: "FAILED", thesisId: null });
    expect(status.error).toMatch(/could not be imported/);
    expect(status.error).not.toMatch(/disk on fire/);
    expect(await db.thesis.count({ where: { courseId: fresh.course.id } })).toBe(0);
    expect(await db.thesisParagraph.count({ where: { thesis: { courseId: fresh.course.id } } })).toBe(0);

    // A failed re-import keeps the structure that was there.
    const imported = await makeImportedThesis(fresh);
    const paragraphs = await db.thesisParagraph.count({ where: { thesisId: imported.thesisId } });
    const again = await callerFor(fresh.instructor).thesis.upload({ courseId: fresh.course.id, thesisId: imported.thesisId, fileName: "thesis.txt", contentBase64: toBase64(sampleThesisText) });
    const second = await importThesisNow(db, again.id, {
      onStage: (stage) => {
        if (stage === "footnotes") throw new Error("late failure");
      },
    });
    expect(second.status).toBe("FAILED");
    expect(await db.thesisParagraph.count({ where: { thesisId: imported.thesisId } })).toBe(paragraphs);
    expect(await db.thesisChapter.count({ where: { thesisId: imported.thesisId } })).toBeGreaterThan(0);
  });

  it("a re-import of the same file keeps every paragraph anchor, and excerpts still find their passage", async () => {
    const fresh = await makeWorld();
    const db = testDb();
    const first = await makeImportedThesis(fresh);
    const anchorsBefore = (await db.thesisParagraph.findMany({ where: { thesisId: first.thesisId }, orderBy: { order: "asc" }, select: { anchor: true } })).map((row) => row.anchor);
    const instructor = callerFor(fresh.instructor);
    const made = await instructor.thesis.createCase({
      courseId: fresh.course.id,
      thesisId: first.thesisId,
      title: "Enlargement",
      periodStart: 1990,
      periodEnd: 2004,
      excerpts: [{ anchor: first.anchor, quote: null }],
    });

    const second = await makeImportedThesis(fresh, sampleThesisText, first.thesisId);
    expect(second.thesisId).toBe(first.thesisId);
    const anchorsAfter = (await db.thesisParagraph.findMany({ where: { thesisId: first.thesisId }, orderBy: { order: "asc" }, select: { anchor: true } })).map((row) => row.anchor);
    expect(anchorsAfter).toEqual(anchorsBefore);
    expect(await db.thesis.count({ where: { courseId: fresh.course.id } })).toBe(1);

    const excerpts = await callerFor(fresh.student).thesis.excerptsFor({ courseId: fresh.course.id, caseId: made.id });
    expect(excerpts).toEqual([
      expect.objectContaining({ anchor: first.anchor, quote: first.paragraphText, location: { chapterId: second.chapterId, sectionId: second.sectionId, page: expect.anything() } }),
    ]);
  });

  it("makes a prompt from chosen passages, and refuses words that are not in the passage", async () => {
    const thesis = await makeImportedThesis(world);
    const instructor = callerFor(world.instructor);
    const quote = thesis.paragraphText.split(/\s+/).slice(0, 6).join(" ");
    const prompt = await instructor.thesis.createPrompt({
      courseId: world.course.id,
      thesisId: thesis.thesisId,
      caseId: world.case.id,
      kind: "DEBATE",
      text: "This house believes enlargement was a mistake.",
      excerpts: [{ anchor: thesis.anchor, quote }],
    });
    expect(prompt).toMatchObject({ kind: "DEBATE", status: "DRAFT", excerptCount: 1 });
    const excerpts = await callerFor(world.ta).thesis.excerptsFor({ courseId: world.course.id, promptId: prompt.id });
    expect(excerpts.map((excerpt) => excerpt.quote)).toEqual([quote]);

    const made = await failure(
      instructor.thesis.createPrompt({ courseId: world.course.id, thesisId: thesis.thesisId, caseId: world.case.id, kind: "SEMINAR", text: "Why?", excerpts: [{ anchor: thesis.anchor, quote: "words nobody wrote" }] }),
    );
    expect(made).toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("not in passage") });
    const unknown = await failure(
      instructor.thesis.createPrompt({ courseId: world.course.id, thesisId: thesis.thesisId, caseId: world.case.id, kind: "SEMINAR", text: "Why?", excerpts: [{ anchor: "p-nothing", quote: null }] }),
    );
    expect(unknown.code).toBe("BAD_REQUEST");
    // Another course's instructor cannot read or quote this thesis.
    const outsider = await failure(callerFor(world.outsider).thesis.outline({ courseId: world.otherCourse.id, thesisId: thesis.thesisId }));
    expect(outsider.code).toBe("NOT_FOUND");
  });
});
