import { describe, expect, it } from "vitest";
import { samplePages } from "./fixtures/sample-pages";
import { joinPages } from "./normalize-text";
import { parseThesis } from "./parse-thesis";
import type { Paragraph, ParsedThesis, Section } from "./types";

const sections = (list: readonly Section[]): Section[] => list.flatMap((section) => [section, ...sections(section.subsections)]);
const allParagraphs = (thesis: ParsedThesis): Paragraph[] => [
  ...thesis.frontMatter.sections.flatMap((section) => section.paragraphs),
  ...thesis.chapters.flatMap((chapter) => [...chapter.paragraphs, ...sections(chapter.sections).flatMap((section) => section.paragraphs)]),
];
const outline = (thesis: ParsedThesis) =>
  thesis.chapters.map((chapter) => ({ chapter: `${chapter.label ?? chapter.kind} ${chapter.title} (p. ${chapter.page})`, sections: sections(chapter.sections).map((section) => `${section.level} ${section.heading} (p. ${section.page})`) }));

describe("parseThesis on a short PDF-extracted thesis", () => {
  const thesis = parseThesis({ format: "pdf", pages: samplePages });

  it("finds the title, the author and the abstract", () => {
    expect(thesis.title).toBe("Cold Peace: Washington, Moscow and the Expansion of NATO");
    expect(thesis.author).toBe("Daniel R. Ashworth");
    expect(thesis.abstract).toMatch(/^This thesis follows the debate .* as much as security\.$/);
    expect(thesis.frontMatter.sections.map((section) => section.heading)).toEqual(["Abstract", "Table of Contents"]);
  });

  it("finds every chapter and heading, with pages, and not the contents entries", () => {
    expect(outline(thesis)).toEqual([
      { chapter: "Chapter I The Question of Enlargement (p. 4)", sections: ["1 Early Assurances (p. 4)", "1 The Study Group and Its Critics inside the Administration (p. 5)"] },
      { chapter: "Chapter II Partnership and Its Limits (p. 6)", sections: [] },
      { chapter: "conclusion Conclusion (p. 7)", sections: [] },
    ]);
    expect(thesis.diagnostics.contentsEntriesNotFound).toEqual([]);
  });

  it("gives line numbers that point at the heading in the text", () => {
    const lines = joinPages(samplePages).split("\n");
    const heading = thesis.chapters[0]!.sections[0]!;
    expect(lines[heading.line - 1]).toBe("1.1 Early Assurances");
    expect(lines[thesis.chapters[1]!.line - 1]).toBe("Chapter II");
  });

  it("matches every marker to its footnote, across pages, and reports the gap without filling it", () => {
    const markers = allParagraphs(thesis).flatMap((paragraph) => paragraph.footnoteMarkers.map((marker) => `${marker.number}→${marker.footnoteId}`));
    expect(markers).toEqual(["1→fn-1", "2→fn-2", "3→fn-3", "4→fn-4", "5→fn-5", "7→fn-7"]);
    expect(thesis.footnotes.map((footnote) => footnote.number)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(thesis.footnotes.find((footnote) => footnote.number === 4)!.text).toMatch(/after the fact and should be read with care\.$/);
    expect(thesis.diagnostics.footnoteGaps).toEqual([{ series: 1, after: 5, missing: [6] }]);
    expect(thesis.diagnostics.markersWithoutFootnote).toEqual([]);
    expect(thesis.diagnostics.footnotesWithoutMarker).toEqual([]);
  });

  it("puts a marker's offset where the marker stood", () => {
    const paragraph = thesis.chapters[0]!.paragraphs[0]!;
    const [first, second] = paragraph.footnoteMarkers;
    expect(paragraph.text.slice(0, first!.offset)).toMatch(/very differently in the two capitals\.$/);
    expect(paragraph.text.slice(0, second!.offset)).toMatch(/in the 20th century and long after it\.$/);
  });

  it("removes page numbers and running heads and keeps the printed page numbers", () => {
    expect(thesis.pages.map((page) => page.printedNumber)).toEqual([null, "ii", "iii", "1", "2", "3", "4"]);
    expect(thesis.diagnostics.runningHeads).toEqual(["Cold Peace", "The Question of Enlargement"]);
    expect(allParagraphs(thesis).some((paragraph) => /Cold Peace/.test(paragraph.text))).toBe(false);
  });
});

describe("paragraph ids", () => {
  const ids = (thesis: ParsedThesis) => allParagraphs(thesis).map((paragraph) => paragraph.id);

  it("are the same when the same file is imported again, whatever its line endings and byte-order mark", () => {
    const first = parseThesis({ format: "pdf", pages: samplePages });
    const again = parseThesis({ format: "text", text: `\uFEFF${joinPages(samplePages).replace(/\n/g, "\r\n")}` });
    expect(ids(again)).toEqual(ids(first));
    expect(new Set(ids(first)).size).toBe(ids(first).length);
  });

  it("stay the same for paragraphs that did not change when another paragraph is edited", () => {
    const first = parseThesis({ format: "pdf", pages: samplePages });
    const edited = samplePages.map((page) => page.replace("achieved little.7", "achieved very little.7"));
    const second = parseThesis({ format: "pdf", pages: edited });
    const changed = ids(first).filter((id) => !ids(second).includes(id));
    expect(changed).toHaveLength(1);
  });

  it("tell identical paragraphs apart by an ordinal", () => {
    const text = ["Chapter I", "", "Origins", "", "The same sentence.", "", "The same sentence.", ""].join("\n");
    const [first, second] = ids(parseThesis({ format: "text", text }));
    expect(second).toBe(`${first}-2`);
  });
});

describe("plain text, endnotes and Markdown", () => {
  it("reads text without page breaks, with endnotes in a Notes section", () => {
    const text = [
      "Chapter I",
      "",
      "Origins",
      "",
      "Washington spoke of partnership.1 Moscow heard something else.2",
      "",
      "Notes",
      "",
      "1 A. Morozova, Partners in Doubt (2009), 45.",
      "2 Ibid., 51.",
    ].join("\n");
    const thesis = parseThesis({ format: "text", text });
    expect(thesis.chapters.map((chapter) => chapter.title)).toEqual(["Origins"]);
    expect(thesis.footnotes.map((footnote) => [footnote.number, footnote.text, footnote.page])).toEqual([
      [1, "A. Morozova, Partners in Doubt (2009), 45.", null],
      [2, "Ibid., 51.", null],
    ]);
    expect(thesis.chapters[0]!.paragraphs[0]!.footnoteMarkers.map((marker) => marker.footnoteId)).toEqual(["fn-1", "fn-2"]);
  });

  it("reads Markdown headings, paragraphs and footnotes", () => {
    const markdown = [
      "# Cold Peace",
      "",
      "by Daniel R. Ashworth",
      "",
      "## Abstract",
      "",
      "A short abstract.",
      "",
      "## Chapter I: Origins",
      "",
      "Washington spoke of partnership.[^1] Moscow heard",
      "something else.",
      "",
      "### Early Assurances",
      "",
      "The assurances were oral.[^2]",
      "",
      "## Conclusion",
      "",
      "It ended badly.",
      "",
      "[^1]: A. Morozova, Partners in Doubt (2009), 45.",
      "[^2]: Ibid., 51.",
    ].join("\n");
    const thesis = parseThesis({ format: "markdown", text: markdown });
    expect([thesis.title, thesis.author, thesis.abstract]).toEqual(["Cold Peace", "Daniel R. Ashworth", "A short abstract."]);
    expect(outline(thesis)).toEqual([
      { chapter: "Chapter I Origins (p. null)", sections: ["1 Early Assurances (p. null)"] },
      { chapter: "conclusion Conclusion (p. null)", sections: [] },
    ]);
    const first = thesis.chapters[0]!.paragraphs[0]!;
    expect(first.text).toBe("Washington spoke of partnership. Moscow heard something else.");
    expect(first.footnoteMarkers).toEqual([{ number: 1, offset: "Washington spoke of partnership.".length, footnoteId: "fn-1" }]);
    expect(thesis.footnotes.map((footnote) => footnote.text)).toEqual(["A. Morozova, Partners in Doubt (2009), 45.", "Ibid., 51."]);
  });

  it("keeps text with no structure at all, and says so", () => {
    const thesis = parseThesis({ format: "text", text: "Just a note.\nNothing more." });
    expect(thesis.chapters).toEqual([]);
    expect(thesis.diagnostics.warnings[0]).toMatch(/No chapters/);
  });
});
