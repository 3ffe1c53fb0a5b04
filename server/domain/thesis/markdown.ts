/**
 * Markdown says what extracted text only hints at: `#` headings, blank-line paragraphs and
 * `[^12]` footnotes. One `#` heading at the top is the title and `##` the chapters; otherwise `#`
 * headings are the chapters.
 */
import { diagnose } from "./diagnostics";
import { finishFootnotes, type FootnoteDraft } from "./footnotes";
import { readTitlePage } from "./front-matter";
import { chapterLabel, divisionHeading, frontMatterHeading } from "./headings";
import { appendLine, toSourceLines } from "./normalize-text";
import type { OutlineEvent } from "./outline";
import type { ParagraphDraft } from "./paragraphs";
import { buildThesisTree } from "./thesis-tree";
import type { ParsedThesis, SourceLine } from "./types";

const atxHeading = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const footnoteDefinition = /^\[\^([^\]\s]+)\]:\s*(.*)$/;
const footnoteReference = /\[\^([^\]\s]+)\]/g;
const fence = /^(```|~~~)/;

/** Strips emphasis markers from a heading, which a reader shows as plain text. */
const plainHeading = (text: string) => text.replace(/[*_`]+/g, "").trim();

export function parseMarkdown(text: string): ParsedThesis {
  const { lines } = toSourceLines(text);
  const labelNumbers = new Map<string, number>();
  const numberOf = (label: string) => {
    if (/^\d+$/.test(label)) return Number(label);
    if (!labelNumbers.has(label)) labelNumbers.set(label, labelNumbers.size + 1);
    return labelNumbers.get(label)!;
  };

  // Footnote definitions first: they may come anywhere, usually at the end.
  const drafts: FootnoteDraft[] = [];
  const body: SourceLine[] = [];
  let inFence = false;
  for (const line of lines) {
    if (fence.test(line.text)) inFence = !inFence;
    const definition = inFence ? null : footnoteDefinition.exec(line.text);
    const last = drafts.at(-1);
    if (definition) {
      drafts.push({ number: numberOf(definition[1]!), series: 1, text: definition[2]!, page: null, line: line.line });
    } else if (last && /^(?: {4}|\t)\S/.test(line.text) && body.at(-1)?.line !== line.line - 1) {
      last.text = appendLine(last.text, line.text); // an indented continuation of the definition
    } else body.push(line);
  }

  const headings = body.flatMap((line) => {
    const match = atxHeading.exec(line.text);
    return match ? [{ line, depth: match[1]!.length, text: plainHeading(match[2]!) }] : [];
  });
  const hasTitleHeading = headings[0]?.depth === 1 && headings.filter((heading) => heading.depth === 1).length === 1;
  const chapterDepth = hasTitleHeading ? 2 : 1;

  const events: OutlineEvent[] = [];
  let isBody = false;
  let paragraph: ParagraphDraft | null = null;
  const flush = () => {
    if (paragraph && paragraph.text !== "") events.push({ kind: "paragraph", draft: paragraph });
    paragraph = null;
  };
  inFence = false;
  for (const line of body) {
    const isFence = fence.test(line.text);
    if (isFence) inFence = !inFence;
    const heading = inFence || isFence ? null : atxHeading.exec(line.text);
    if (heading) {
      flush();
      const depth = heading[1]!.length;
      const title = plainHeading(heading[2]!);
      if (hasTitleHeading && depth === 1) {
        events.push({ kind: "titleLine", text: title });
      } else if (depth <= chapterDepth && !isBody && frontMatterHeading(title)) {
        events.push({ kind: "front", heading: title, page: null, line: line.line });
      } else if (depth <= chapterDepth) {
        isBody = true;
        const label = chapterLabel(title);
        const division = divisionHeading(title);
        events.push({
          kind: "chapter",
          chapterKind: label ? "chapter" : (division?.kind ?? "chapter"),
          number: label?.number ?? null,
          label: label?.label ?? null,
          title: label ? label.rest || title : title,
          confidence: 1,
          page: null,
          line: line.line,
        });
      } else {
        events.push({ kind: "section", heading: title, number: null, level: depth - chapterDepth, confidence: 1, page: null, line: line.line });
      }
      continue;
    }
    if (line.text.trim() === "") {
      flush();
      continue;
    }
    if (!isBody && events.every((event) => event.kind === "titleLine") && !paragraph && /^(?:\*|_)?(?:by|author:)\s/i.test(line.text.trim())) {
      events.push({ kind: "titleLine", text: plainHeading(line.text).replace(/^author:\s*/i, "by ") });
      continue;
    }
    paragraph ??= { text: "", page: null, line: line.line, markers: [] };
    const current: ParagraphDraft = paragraph;
    const lineText = line.text.trim();
    const joined = appendLine(current.text, lineText);
    const start = joined.length - lineText.length;
    let removed = 0;
    current.text =
      joined.slice(0, start) +
      lineText.replace(footnoteReference, (reference, label: string, offset: number) => {
        current.markers.push({ number: numberOf(label), offset: start + offset - removed });
        removed += reference.length;
        return "";
      });
  }
  flush();

  const footnotes = finishFootnotes(drafts);
  const tree = buildThesisTree(events, footnotes);
  const { title, author } = readTitlePage(tree.titleLines.flatMap((line) => [line, ""]));
  const abstract = tree.frontSections.find((front) => /^(?:abstract|summary)$/i.test(front.heading ?? ""));
  return {
    format: "markdown",
    title,
    author,
    abstract: abstract && abstract.paragraphs.length > 0 ? abstract.paragraphs.map((paragraph) => paragraph.text).join("\n\n") : null,
    frontMatter: { titlePage: tree.titleLines, sections: tree.frontSections, contents: tree.contents },
    chapters: tree.chapters,
    footnotes,
    pages: [],
    diagnostics: diagnose(tree, footnotes, { runningHeads: [], pagesWithPrintedNumbers: 0, uncertainHeadings: [], warnings: tree.chapters.length === 0 ? ["No chapter headings (#) were found."] : [] }),
  };
}
