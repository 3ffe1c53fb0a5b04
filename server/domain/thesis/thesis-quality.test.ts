/**
 * The quality bar, on synthetic theses of about 150 pages (about 300 KB) rendered as
 * pdftotext renders a real one: every chapter found, at least 95% of section headings with at
 * most 2 false ones, every footnote marker found in order, and gaps reported rather than invented.
 * (Speed is measured in bench/thesis-import.bench.ts, not here.)
 */
import { describe, expect, it } from "vitest";
import { generateThesis } from "./fixtures/generate-thesis";
import { scoreThesis } from "./fixtures/score-thesis";
import { joinPages } from "./normalize-text";
import { parseThesis } from "./parse-thesis";

const seeds = [1991, 2, 42, 2024];

describe.each(seeds.flatMap((seed) => [true, false].map((hasContents) => ({ seed, hasContents }))))("a generated thesis (seed $seed, contents: $hasContents)", ({ seed, hasContents }) => {
  const generated = generateThesis({ seed, hasContents });
  const thesis = parseThesis({ format: "pdf", pages: generated.pages });
  const score = scoreThesis(thesis, generated.truth);

  it("is the size the bar speaks of", () => {
    expect(generated.pages.length).toBeGreaterThanOrEqual(130);
    expect(generated.pages.length).toBeLessThanOrEqual(170);
    const kilobytes = Buffer.byteLength(joinPages(generated.pages)) / 1024;
    expect(kilobytes).toBeGreaterThan(270);
    expect(kilobytes).toBeLessThan(360);
  });

  it("has every chapter, with its number and title", () => {
    expect(score.missingChapters).toEqual([]);
    expect(score.chaptersFound).toBe(score.chaptersExpected);
    expect(thesis.chapters.map((chapter) => chapter.label)).toEqual(generated.truth.chapters.map((chapter) => chapter.label));
  });

  it("has at least 95% of the section headings and at most 2 false ones", () => {
    expect(score.headingRecall).toBeGreaterThanOrEqual(0.95);
    expect(score.falseHeadings.length).toBeLessThanOrEqual(2);
    expect(score.headingLevelsWrong).toEqual([]);
  });

  it("has every footnote marker, in order, each with its footnote", () => {
    expect(score.hasMarkersInOrder).toBe(true);
    expect(score.footnotesMatching).toBe(score.footnotesExpected);
    expect(thesis.diagnostics.markersWithoutFootnote).toEqual([]);
    expect(thesis.diagnostics.footnotesWithoutMarker).toEqual([]);
  });

  it("reports the gap in the footnote numbering and does not invent the missing note", () => {
    expect(score.gapsReported).toEqual(score.gapsExpected);
    expect(thesis.footnotes.map((footnote) => footnote.number)).not.toContain(generated.truth.gaps[0]);
  });

  it("finds the title, author, abstract and printed page numbers", () => {
    expect([score.isTitleRight, score.isAuthorRight, score.isAbstractRight]).toEqual([true, true, true]);
    expect(thesis.diagnostics.pagesWithPrintedNumbers).toBeGreaterThanOrEqual(generated.pages.length - 1);
  });

  it("gets most paragraphs exactly (the rest are merged where no blank line or short line divides them)", () => {
    expect(score.paragraphsExact / score.paragraphsExpected).toBeGreaterThanOrEqual(0.7);
  });
});

describe("generateThesis", () => {
  it("renders the same pages from the same seed, and different pages from another", () => {
    expect(generateThesis({ seed: 5 }).pages).toEqual(generateThesis({ seed: 5 }).pages);
    expect(generateThesis({ seed: 6 }).pages).not.toEqual(generateThesis({ seed: 5 }).pages);
  });

  it("contains the messy features the importer must cope with", () => {
    const text = joinPages(generateThesis({ seed: 1991 }).pages);
    expect(text).toMatch(/\n(?:st|nd|rd|th)\n/); // an ordinal suffix on its own line
    expect(text).toMatch(/[a-z.]\d{1,3} [A-Z]/); // a marker stuck to a word
    expect(text).toMatch(/\.\n\d{1,3}\n(?:Partnership for Peace|The [A-Z][a-z]+ [A-Z][a-z]+)\n/); // a marker alone, then a title-case fragment
    expect(text).toMatch(/\n_{10,}\n/);
    expect(text).toMatch(/\n {10,}\n/);
    expect(text).toMatch(/\f /); // a page whose first line starts with a space
    expect(text).toMatch(/\f ?Chapter [IVX]+\n\n[A-Z]/); // a chapter label apart from its title
  });
});

describe("the same thesis as an uploaded text file", () => {
  it("gives the same structure and ids with Windows line endings, a byte-order mark and NUL bytes", () => {
    const { pages } = generateThesis({ seed: 7 });
    const clean = parseThesis({ format: "pdf", pages });
    const messy = parseThesis({ format: "text", text: `\uFEFF${joinPages(pages).replace(/\n/g, "\r\n").replace(/Moscow/g, "Mos\u0000cow")}` });
    expect(messy.chapters).toEqual(clean.chapters);
    expect(messy.footnotes).toEqual(clean.footnotes);
  });
});
