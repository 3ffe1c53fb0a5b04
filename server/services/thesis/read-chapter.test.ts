import { describe, expect, it } from "vitest";
import { makeWorld, testDb } from "@/server/testing/world";
import { importThesisNow } from "./import-thesis";
import { listImports, readChapter, readPassages } from "./read-chapter";
import { importMarkdownThesis } from "./testing/markdown-thesis";
import { makeImportedThesis, toBase64 } from "./testing/thesis-world";
import { uploadThesis } from "./upload-thesis";

const markdown = [
  "# Cold Peace",
  "",
  "by Daniel R. Ashworth",
  "",
  "## Chapter I: Origins",
  "",
  "Washington spoke of partnership.[^1] Moscow heard something else.",
  "",
  "### Early Assurances",
  "",
  "The assurances were oral.[^2]",
  "",
  "## Chapter II: Enlargement",
  "",
  "### The First Wave",
  "",
  "Poland joined in 1999.",
  "",
  "[^1]: A. Morozova, Partners in Doubt (2009), 45.",
  "[^2]: Ibid., 51.",
].join("\n");

describe("readChapter", () => {
  it("reads a whole chapter, lead paragraphs and sections, with each marker's footnote", async () => {
    const world = await makeWorld();
    const { thesisId } = await importMarkdownThesis(world, markdown);
    const first = await readChapter(testDb(), { courseId: world.course.id, thesisId, chapterId: null, anchor: null });
    expect(first.chapter).toMatchObject({ label: "Chapter I", title: "Origins" });
    expect(first.previous).toBeNull();
    expect(first.next).toMatchObject({ label: "Chapter II", title: "Enlargement" });
    expect(first.paragraphs.map((paragraph) => paragraph.text)).toEqual(["Washington spoke of partnership. Moscow heard something else."]);
    expect(first.paragraphs[0]!.markers).toEqual([{ number: 1, offset: "Washington spoke of partnership.".length, footnote: expect.objectContaining({ number: 1, text: "A. Morozova, Partners in Doubt (2009), 45." }) }]);
    expect(first.sections.map((section) => [section.heading, section.level, section.paragraphs.map((paragraph) => paragraph.text)])).toEqual([["Early Assurances", 1, ["The assurances were oral."]]]);
    expect(first.sections[0]!.paragraphs[0]!.markers[0]!.footnote?.text).toBe("Ibid., 51.");
  });

  it("finds the chapter of a passage named only by its anchor, and opens at the start for an unknown one", async () => {
    const world = await makeWorld();
    const db = testDb();
    const { thesisId } = await importMarkdownThesis(world, markdown);
    const poland = await db.thesisParagraph.findFirstOrThrow({ where: { thesisId, text: { startsWith: "Poland" } }, select: { anchor: true, chapterId: true } });
    const found = await readChapter(db, { courseId: world.course.id, thesisId, chapterId: null, anchor: poland.anchor });
    expect(found.chapter?.id).toBe(poland.chapterId);
    const unknown = await readChapter(db, { courseId: world.course.id, thesisId, chapterId: null, anchor: "p-gone" });
    expect(unknown.chapter?.title).toBe("Origins");
  });

  it("keeps another course's thesis and a foreign chapter out", async () => {
    const world = await makeWorld();
    const db = testDb();
    const { thesisId } = await importMarkdownThesis(world, markdown);
    await expect(readChapter(db, { courseId: world.otherCourse.id, thesisId, chapterId: null, anchor: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const other = await makeImportedThesis(world);
    await expect(readChapter(db, { courseId: world.course.id, thesisId, chapterId: other.chapterId, anchor: null })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("readPassages", () => {
  it("returns the chosen passages in reading order with their places, and names the missing ones", async () => {
    const world = await makeWorld();
    const db = testDb();
    const { thesisId } = await importMarkdownThesis(world, markdown);
    const paragraphs = await db.thesisParagraph.findMany({ where: { thesisId }, orderBy: { order: "asc" }, select: { anchor: true } });
    const result = await readPassages(db, { courseId: world.course.id, thesisId, anchors: [paragraphs[2]!.anchor, paragraphs[0]!.anchor, "p-gone"] });
    expect(result.passages.map((passage) => [passage.text, passage.chapterTitle, passage.sectionHeading])).toEqual([
      ["Washington spoke of partnership. Moscow heard something else.", "Chapter I: Origins", null],
      ["Poland joined in 1999.", "Chapter II: Enlargement", "The First Wave"],
    ]);
    expect(result.missing).toEqual(["p-gone"]);
  });
});

describe("listImports", () => {
  it("lists the course's imports newest first, a failed first import included", async () => {
    const world = await makeWorld();
    const db = testDb();
    await importMarkdownThesis(world, markdown);
    const failed = await uploadThesis(
      db,
      { courseId: world.course.id, createdById: world.instructor.id, thesisId: null, fileName: "plain.txt", mimeType: "text/plain", contentBase64: toBase64("Just a note.") },
      async () => {},
    );
    await importThesisNow(db, failed.id);
    const imports = await listImports(db, { courseId: world.course.id });
    expect(imports.map((item) => [item.fileName, item.status, item.thesisId === null])).toEqual([
      ["plain.txt", "FAILED", true],
      ["thesis.md", "DONE", false],
    ]);
    expect(imports[0]!.error).toMatch(/No chapters/);
    expect(await listImports(db, { courseId: world.otherCourse.id })).toEqual([]);
  });
});
