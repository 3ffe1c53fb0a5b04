/**
 * A real PDF, written by the test, through extraction and the importer: what comes out of PDF.js
 * must be the pdftotext-like text the importer is built for.
 */
import { describe, expect, it } from "vitest";
import { generateThesis } from "@/server/domain/thesis/fixtures/generate-thesis";
import { thesisPdfPages } from "@/server/domain/thesis/fixtures/pdf-thesis";
import { scoreThesis } from "@/server/domain/thesis/fixtures/score-thesis";
import { pageTextToPdfPage, writePdf } from "@/server/domain/thesis/fixtures/write-pdf";
import { parseThesis } from "@/server/domain/thesis/parse-thesis";
import { extractPdfText } from "./extract-pdf-text";

describe("extractPdfText", () => {
  it("gives one text per page, markers glued to their words and a rule above the footnotes", async () => {
    const { pages } = await extractPdfText(writePdf(thesisPdfPages));
    expect(pages).toHaveLength(4);
    expect(pages[1]).toContain("remembered very differently in the two capitals.1 The\n");
    expect(pages[1]).toMatch(/\n_{5,}\n1 H\. Brandt, The Unwritten Bargain \(Boston: Harbor Press, 2008\), 41\.\n2 M\. Keane/);
    // The indented first line of a paragraph after a finished sentence is set apart.
    expect(pages[1]).toContain("authoritative.2\n\nWhen the question");
    expect(pages[1]!.trimEnd().split("\n").at(-1)).toBe("1");
  });

  it("feeds the importer: chapters, the heading, footnotes matched to markers, page numbers", async () => {
    const { pages } = await extractPdfText(writePdf(thesisPdfPages));
    const thesis = parseThesis({ format: "pdf", pages });
    expect([thesis.title, thesis.author]).toEqual(["Cold Peace: Washington, Moscow and NATO", "Daniel R. Ashworth"]);
    expect(thesis.chapters.map((chapter) => [chapter.label, chapter.title, chapter.page])).toEqual([
      ["Chapter I", "The Question of Enlargement", 2],
      [null, "Conclusion", 4],
    ]);
    expect(thesis.chapters[0]!.sections.map((section) => [section.number, section.heading, section.page])).toEqual([
      ["1.1", "Early Assurances", 2],
      [null, "Partnership and Its Limits", 3],
    ]);
    expect(thesis.footnotes.map((footnote) => [footnote.number, footnote.page])).toEqual([
      [1, 2],
      [2, 2],
      [3, 3],
    ]);
    expect(thesis.footnotes[1]!.text).toBe("M. Keane, Defer and Decide: Alliance Politics in the 1990s (London: Northgate, 2012), 77-79.");
    const paragraphs = thesis.chapters[0]!.sections[0]!.paragraphs;
    expect(paragraphs.map((paragraph) => paragraph.text)).toEqual([
      "The assurances were given orally and never written into a treaty, which allowed each side to treat its own recollection as authoritative.",
      "When the question of new members came before the alliance, officials in both capitals reached for the record of those conversations and found what they were looking for in it. The record itself was thin.",
    ]);
    expect(paragraphs[0]!.footnoteMarkers.map((marker) => marker.footnoteId)).toEqual(["fn-2"]);
    expect(thesis.pages.map((page) => page.printedNumber)).toEqual([null, "1", "2", "3"]);
    expect(thesis.diagnostics.footnoteGaps).toEqual([]);
  });

  it("says plainly when a file is not a readable PDF", async () => {
    const broken = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n");
    await expect(extractPdfText(broken)).rejects.toThrow(/could not be read as a PDF/);
  });

  it.each([1991, 42])("meets the quality bar on a generated 150-page thesis set as a real PDF (seed %i)", async (seed) => {
    const generated = generateThesis({ seed });
    const { pages } = await extractPdfText(writePdf(generated.pages.map((page) => pageTextToPdfPage(page))));
    expect(pages).toHaveLength(generated.pages.length);
    const score = scoreThesis(parseThesis({ format: "pdf", pages }), generated.truth);
    expect(score.missingChapters).toEqual([]);
    expect(score.headingRecall).toBeGreaterThanOrEqual(0.95);
    expect(score.falseHeadings.length).toBeLessThanOrEqual(2);
    expect(score.hasMarkersInOrder).toBe(true);
    expect(score.footnotesMatching).toBe(score.footnotesExpected);
    expect(score.gapsReported).toEqual(score.gapsExpected);
  });
});
