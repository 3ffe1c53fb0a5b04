/**
 * The thesis importer's entry point: text (per page when it came from a PDF) in, structure out.
 * Pure: no database, network or clock, so the same input always gives the same structure and the
 * same paragraph ids.
 *
 * The order matters: page furniture goes first (page numbers, running heads, footnote zones), then
 * footnote markers (checked against the bodies just found), then headings and paragraphs.
 */
import { diagnose } from "./diagnostics";
import { extractMarkers, FootnoteReader, footnoteEvidence, finishFootnotes, type FootnoteDraft } from "./footnotes";
import { readTitlePage } from "./front-matter";
import { divisionHeading } from "./headings";
import { parseMarkdown } from "./markdown";
import { isBlank, joinPages, normalizeText, repairSplitOrdinals, toSourceLines } from "./normalize-text";
import { readOutline } from "./outline";
import { layOutPages } from "./page-layout";
import { measureText } from "./paragraphs";
import { buildThesisTree, type ThesisTree } from "./thesis-tree";
import type { ParsedThesis, SourceLine, ThesisFormat } from "./types";

export type { ParsedThesis } from "./types";

/** Either the pages of a PDF as extracted, or a whole text (form feeds, if any, are page breaks). */
export type ThesisInput = { format: ThesisFormat; pages: readonly string[] } | { format: ThesisFormat; text: string };

/** The normalised text the importer reads; line numbers in the result refer to its lines. */
export function thesisText(input: ThesisInput): string {
  return normalizeText("pages" in input ? joinPages(input.pages) : input.text);
}

export function parseThesis(input: ThesisInput): ParsedThesis {
  const text = thesisText(input);
  if (input.format === "markdown") return parseMarkdown(text);

  const { lines, pageCount } = toSourceLines(text);
  const hasPages = pageCount > 1;
  const layout = hasPages ? layOutPages(lines, pageCount) : null;
  // Ordinals are repaired in the running text, where a page's furniture no longer stands between
  // a number and its suffix.
  let body = repairSplitOrdinals(layout ? layout.pages.flatMap((page) => page.body) : lines);
  let drafts: FootnoteDraft[] = layout?.footnotes ?? [];
  const warnings = [...(layout?.warnings ?? [])];
  if (drafts.length === 0) {
    const endnotes = readEndnotes(body);
    if (endnotes) {
      body = endnotes.body;
      drafts = endnotes.drafts;
    }
  }

  const measure = measureText(body);
  const marked = extractMarkers(body, footnoteEvidence(drafts));
  const reading = readOutline(marked, { hasPages, measure });
  const footnotes = finishFootnotes(drafts);
  const tree = buildThesisTree(reading.events, footnotes);
  const { title, author } = readTitlePage(tree.titleLines);
  if (tree.chapters.length === 0) warnings.push("No chapters or section headings were found; the text is kept as front matter.");

  return {
    format: input.format,
    title,
    author,
    abstract: abstractOf(tree),
    frontMatter: { titlePage: tree.titleLines.filter((line) => line !== ""), sections: tree.frontSections, contents: tree.contents },
    chapters: tree.chapters,
    footnotes,
    pages: layout ? layout.pages.map((page) => ({ page: page.page, printedNumber: page.printedNumber })) : [],
    diagnostics: diagnose(tree, footnotes, {
      runningHeads: layout?.runningHeads ?? [],
      pagesWithPrintedNumbers: layout?.pages.filter((page) => page.printedNumber !== null).length ?? 0,
      uncertainHeadings: reading.headingDiagnostics,
      warnings,
    }),
  };
}

/**
 * Endnotes instead of footnotes: a "Notes" division near the end whose lines start with numbers.
 * It is read like a footnote zone and taken out of the body, so that markers can be checked.
 */
function readEndnotes(lines: readonly SourceLine[]): { body: SourceLine[]; drafts: FootnoteDraft[] } | null {
  const start = lines.findLastIndex((line, index) => divisionHeading(line.text)?.kind === "notes" && (index === 0 || isBlank(lines[index - 1]!)));
  if (start < 0) return null;
  const end = lines.findIndex((line, index) => index > start && divisionHeading(line.text) !== null && divisionHeading(line.text)?.kind !== "notes");
  const zone = lines.slice(start + 1, end < 0 ? undefined : end);
  const reader = new FootnoteReader();
  reader.readZone(zone);
  if (reader.drafts.length === 0) return null;
  return { body: [...lines.slice(0, start), ...(end < 0 ? [] : lines.slice(end))], drafts: reader.drafts };
}

function abstractOf(tree: ThesisTree): string | null {
  const section = tree.frontSections.find((front) => front.heading !== null && /^(?:abstract|summary)$/i.test(front.heading));
  if (!section || section.paragraphs.length === 0) return null;
  return section.paragraphs.map((paragraph) => paragraph.text).join("\n\n");
}
