/**
 * `npm run thesis:import -- FILE [--json] [--text]`: reads a thesis (PDF, plain text or Markdown)
 * and prints the outline the importer found — chapters, headings with their level, page and line,
 * the footnote count and any gaps in the footnote numbering — which is how import quality is
 * checked by eye. `--json` prints the whole structure; `--text` the normalised text that line
 * numbers refer to. Nothing is stored. Bad input: a message on stderr and exit code 1.
 */
import { performance } from "node:perf_hooks";
import { AppError } from "@/server/domain/app-error";
import { parseThesis, thesisText } from "@/server/domain/thesis/parse-thesis";
import type { Chapter, ParsedThesis, Section } from "@/server/domain/thesis/types";
import { readUploadFile, type UploadText } from "@/server/services/thesis/read-upload";

const usage = "Usage: npm run thesis:import -- FILE [--json] [--text]\n  FILE    a thesis as PDF, plain text (.txt) or Markdown (.md), up to 20 MB\n  --json  print the whole structure as JSON\n  --text  print the normalised text that the line numbers refer to";

function where(position: { page: number | null; line: number }): string {
  return position.page === null ? `line ${position.line}` : `p. ${position.page}, line ${position.line}`;
}

function confidenceNote(confidence: number): string {
  return confidence < 0.7 ? `  (confidence ${confidence.toFixed(2)})` : "";
}

function chapterHeading(chapter: Chapter): string {
  const name = chapter.label ? `${chapter.label}  ${chapter.title}` : chapter.title || "(untitled text)";
  return `${name}  [${chapter.kind}, ${where(chapter)}]${confidenceNote(chapter.confidence)}`;
}

function sectionLines(sections: readonly Section[]): string[] {
  return sections.flatMap((section) => [
    `${"  ".repeat(section.level)}${section.number ? `${section.number} ` : ""}${section.heading}  [level ${section.level}, ${where(section)}]${confidenceNote(section.confidence)}`,
    ...sectionLines(section.subsections),
  ]);
}

function allSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.subsections)]);
}

function formatOutline(thesis: ParsedThesis, upload: Pick<UploadText, "fileName" | "format" | "byteLength" | "pageCount">, milliseconds: number): string {
  const lines: string[] = [];
  lines.push(thesis.title ?? "(no title found)");
  if (thesis.author) lines.push(`by ${thesis.author}`);
  const pages = upload.pageCount === null ? "no page breaks" : `${upload.pageCount} pages`;
  lines.push(`${upload.fileName}: ${upload.format}, ${pages}, ${(upload.byteLength / 1024).toFixed(0)} KB; parsed in ${milliseconds.toFixed(0)} ms`, "");

  const front = thesis.frontMatter.sections.map((section) => `${section.heading ?? "(untitled)"} (${where(section)})`);
  if (front.length > 0) lines.push(`Front matter: ${front.join(", ")}`);
  if (thesis.abstract) lines.push(`Abstract: ${thesis.abstract.length} characters`);
  if (thesis.frontMatter.contents.length > 0) lines.push(`Table of contents: ${thesis.frontMatter.contents.length} entries`);
  lines.push("");

  for (const chapter of thesis.chapters) lines.push(chapterHeading(chapter), ...sectionLines(chapter.sections));
  const headings = thesis.chapters.reduce((sum, chapter) => sum + allSections(chapter.sections).length, 0);
  lines.push("", `${thesis.chapters.length} chapters, ${headings} section headings`);

  const { diagnostics } = thesis;
  const paragraphs = [...thesis.frontMatter.sections.flatMap((section) => section.paragraphs), ...thesis.chapters.flatMap((chapter) => [...chapter.paragraphs, ...allSections(chapter.sections).flatMap((section) => section.paragraphs)])];
  const markers = paragraphs.reduce((sum, paragraph) => sum + paragraph.footnoteMarkers.length, 0);
  lines.push(`Footnotes: ${thesis.footnotes.length}; markers in the text: ${markers}`);
  const gaps = diagnostics.footnoteGaps.map((gap) => `${gap.missing.join(", ")} (after ${gap.after}${gap.series > 1 ? `, numbering ${gap.series}` : ""})`);
  lines.push(gaps.length === 0 ? "Gaps in footnote numbering: none" : `Gaps in footnote numbering: ${gaps.join("; ")}`);
  if (diagnostics.markersWithoutFootnote.length > 0) lines.push(`Markers without a footnote: ${diagnostics.markersWithoutFootnote.join(", ")}`);
  if (diagnostics.footnotesWithoutMarker.length > 0) lines.push(`Footnotes without a marker: ${diagnostics.footnotesWithoutMarker.join(", ")}`);
  if (diagnostics.contentsEntriesNotFound.length > 0) lines.push(`Contents entries not found in the text: ${diagnostics.contentsEntriesNotFound.join("; ")}`);
  for (const heading of diagnostics.uncertainHeadings) {
    lines.push(`${heading.isAccepted ? "Uncertain heading" : "Not taken as a heading"}: "${heading.text}" (${where(heading)}, confidence ${heading.confidence.toFixed(2)})`);
  }
  for (const warning of diagnostics.warnings) lines.push(`Warning: ${warning}`);
  return `${lines.join("\n")}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const flags = new Set(argv.filter((argument) => argument.startsWith("--")));
  const files = argv.filter((argument) => !argument.startsWith("--"));
  const unknown = [...flags].filter((flag) => !["--json", "--text", "--help"].includes(flag));
  if (flags.has("--help")) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if (files.length !== 1 || unknown.length > 0) {
    process.stderr.write(`${unknown.length > 0 ? `Unknown option: ${unknown.join(" ")}\n` : ""}${usage}\n`);
    return 1;
  }
  const upload = await readUploadFile(files[0]!);
  if (flags.has("--text")) {
    process.stdout.write(thesisText(upload.input));
    return 0;
  }
  const started = performance.now();
  const thesis = parseThesis(upload.input);
  const milliseconds = performance.now() - started;
  process.stdout.write(flags.has("--json") ? `${JSON.stringify(thesis, null, 2)}\n` : formatOutline(thesis, upload, milliseconds));
  return 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  const message = error instanceof AppError ? error.message : `Unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  process.stderr.write(`thesis:import: ${message}\n`);
  process.exitCode = 1;
}
