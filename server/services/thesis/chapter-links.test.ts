import { describe, expect, it } from "vitest";
import { composeDemoThesis, seedDemoThesis } from "@/prisma/seed/demo-thesis";
import { thesisCourseContent } from "@/server/services/course/thesis-course";
import { makeWorld, testDb } from "@/server/testing/world";
import { caseChapterLinks, resolveChapterReference } from "./chapter-links";
import { importMarkdownThesis } from "./testing/markdown-thesis";

const outline = [
  { id: "c1", number: 1, label: "Chapter I", title: "Review of Scholarship", sections: [{ id: "s0", heading: "Realism" }] },
  {
    id: "c4",
    number: 4,
    label: "Chapter IV",
    title: "Other Issues",
    sections: [
      { id: "s1", heading: "Georgia, Ukraine, and the Russo-Georgian War" },
      { id: "s2", heading: "Theoretical Explanations" },
      { id: "s3", heading: "Russian Attempts at Countering U.S. Influence" },
      { id: "s4", heading: "Theoretical Explanations" },
    ],
  },
];

describe("resolveChapterReference", () => {
  it("finds the chapter by number and sections by heading, the nth occurrence and other chapters included", () => {
    const links = resolveChapterReference(
      {
        number: 4,
        roman: "IV",
        title: "Other Issues",
        section: "Russian Attempts at Countering U.S. Influence",
        relatedSections: ["Theoretical Explanations (second occurrence, line 6667)", "Chapter I: Review of Scholarship", "Chapter IV: Georgia, Ukraine, and the Russo–Georgian War", "Nowhere"],
      },
      outline,
    );
    expect(links.chapter).toEqual({ label: "Other Issues", chapterId: "c4", sectionId: null });
    expect(links.section?.sectionId).toBe("s3");
    expect(links.related.map((link) => [link.label.slice(0, 20), link.chapterId, link.sectionId])).toEqual([
      ["Theoretical Explanat", "c4", "s4"],
      ["Chapter I: Review of", "c1", null],
      ["Chapter IV: Georgia,", "c4", "s1"],
    ]);
  });

  it("resolves nothing for a chapter the thesis does not have", () => {
    expect(resolveChapterReference({ number: 9, roman: "IX", title: "Gone", section: "Realism", relatedSections: [] }, outline)).toEqual({ chapter: null, section: null, related: [] });
  });
});

describe("caseChapterLinks", () => {
  it("links every demo case's chapter and sections into the demo thesis", async () => {
    const world = await makeWorld();
    const db = testDb();
    const { thesisId } = await importMarkdownThesis(world, composeDemoThesis(thesisCourseContent()));
    for (const item of thesisCourseContent().cases) {
      await db.case.update({ where: { id: world.case.id }, data: { thesisChapter: item.chapter! } });
      const links = await caseChapterLinks(db, { courseId: world.course.id, caseId: world.case.id });
      expect(links?.thesisId).toBe(thesisId);
      expect(links?.chapter, item.slug).not.toBeNull();
      expect(links?.section?.sectionId, item.slug).toBeTruthy();
      expect(links?.related.map((link) => link.label), item.slug).toEqual(item.chapter!.relatedSections);
    }
  });

  it("is null without a chapter reference or without thesis text", async () => {
    const world = await makeWorld();
    const db = testDb();
    expect(await caseChapterLinks(db, { courseId: world.course.id, caseId: world.case.id })).toBeNull();
    await db.case.update({ where: { id: world.case.id }, data: { thesisChapter: thesisCourseContent().cases[0]!.chapter! } });
    await db.thesis.create({ data: { courseId: world.course.id, title: "No text yet", author: "" } });
    expect(await caseChapterLinks(db, { courseId: world.course.id, caseId: world.case.id })).toBeNull();
    await expect(caseChapterLinks(db, { courseId: world.otherCourse.id, caseId: world.case.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("seedDemoThesis", () => {
  it("imports the composed text into the course's thesis once, with every footnote matched", async () => {
    const world = await makeWorld();
    const db = testDb();
    const thesis = await db.thesis.create({ data: { courseId: world.course.id, title: "Placeholder", author: "" }, select: { id: true } });
    expect(await seedDemoThesis(db, world.course.id)).toEqual({ imported: true });
    expect(await seedDemoThesis(db, world.course.id)).toEqual({ imported: false });
    const imported = await db.thesis.findUniqueOrThrow({
      where: { id: thesis.id },
      select: { title: true, author: true, _count: { select: { chapters: true, footnotes: true, imports: true } } },
    });
    expect(imported).toMatchObject({ title: thesisCourseContent().thesis.title, author: thesisCourseContent().thesis.author, _count: { chapters: 5, imports: 1 } });
    expect(imported._count.footnotes).toBeGreaterThan(20);
    expect(await db.thesisFootnote.count({ where: { thesisId: thesis.id, paragraphAnchor: null } })).toBe(0);
  });
});
