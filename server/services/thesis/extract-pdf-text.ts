/**
 * PDF → text per page, laid out the way pdftotext lays it out, because that is the text the
 * thesis importer (server/domain/thesis) is built and tested against: one line per printed line,
 * a blank line where the vertical gap is wider than the line spacing, footnote markers glued to
 * the word they follow, and a rule of underscores above the footnotes, which the PDF draws as a
 * graphic and a text layer does not contain.
 *
 * The PDF is read with unpdf (a serverless build of Mozilla's PDF.js).
 */
import { extractTextItems, getDocumentProxy, type StructuredTextItem } from "unpdf";
import { AppError } from "@/server/domain/app-error";

export type PdfText = { pages: string[] };

type Line = { y: number; items: StructuredTextItem[]; fontSize: number };

const footnoteRule = "_______________";

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  let document: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js may take over the buffer it is given, so it gets a copy.
    document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    throw pdfError(error);
  }
  try {
    const { items } = await extractTextItems(document);
    const pages = items.map(groupLines);
    const measure = { spacing: lineSpacing(pages), bodySize: bodySize(pages) };
    return { pages: pages.map((lines) => pageText(lines, measure)) };
  } catch (error) {
    throw pdfError(error);
  } finally {
    await document.destroy();
  }
}

function pdfError(error: unknown): AppError {
  const name = error instanceof Error ? error.name : "";
  if (name === "PasswordException") {
    return new AppError("BAD_REQUEST", "The PDF is password-protected. Upload a copy without a password.", { field: "file", cause: error });
  }
  return new AppError("BAD_REQUEST", "The file could not be read as a PDF; it may be damaged. Try exporting it again.", { field: "file", cause: error });
}

/** Items grouped into printed lines: a raised footnote marker stays on the line it belongs to. */
function groupLines(items: readonly StructuredTextItem[]): Line[] {
  const visible = items.filter((item) => item.str.trim() !== "").sort((first, second) => second.y - first.y || first.x - second.x);
  const lines: Line[] = [];
  for (const item of visible) {
    const line = lines.at(-1);
    const tolerance = 0.5 * Math.max(line?.fontSize ?? 0, item.fontSize);
    if (line && Math.abs(line.y - item.y) <= tolerance) {
      line.items.push(item);
      // The line's baseline is that of its largest text, not of a raised marker.
      if (item.fontSize > line.fontSize) {
        line.y = item.y;
        line.fontSize = item.fontSize;
      }
    } else lines.push({ y: item.y, items: [item], fontSize: item.fontSize });
  }
  for (const line of lines) line.items.sort((first, second) => first.x - second.x);
  return lines;
}

function lineText(line: Line): string {
  let text = "";
  let end = 0;
  line.items.forEach((item, index) => {
    const isRaised = item.fontSize < 0.8 * line.fontSize && item.y > line.y;
    const gap = item.x - end;
    // Glyph positions are approximate: a raised marker a point or two from its word is still on it.
    const threshold = isRaised ? 0.25 * line.fontSize : 0.2 * Math.min(item.fontSize, line.fontSize);
    const isSpaceNeeded = index > 0 && gap > threshold && !text.endsWith(" ") && !item.str.startsWith(" ");
    text += (isSpaceNeeded ? " " : "") + item.str;
    // A raised number opening a line is a footnote's number: keep it apart from the note's text.
    if (index === 0 && isRaised && /^\d+$/.test(item.str.trim())) text += " ";
    end = item.x + item.width;
  });
  return text.replace(/\s+/g, " ").trim();
}

/**
 * The usual distance between two lines of the same size, over the whole document (a page of a
 * heading and two lines says little on its own): the most frequent gap, to half a point.
 */
function lineSpacing(pages: readonly Line[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) {
    lines.slice(1).forEach((line, index) => {
      const previous = lines[index]!;
      if (previous.fontSize !== line.fontSize) return;
      const gap = Math.round((previous.y - line.y) * 2) / 2;
      if (gap > 0) counts.set(gap, (counts.get(gap) ?? 0) + 1);
    });
  }
  return [...counts].sort((first, second) => second[1] - first[1] || first[0] - second[0])[0]?.[0] ?? 14;
}

/** The size most of the document's characters are set in (a page of long footnotes has more small text than body). */
function bodySize(pages: readonly Line[][]): number {
  const characters = new Map<number, number>();
  for (const line of pages.flat()) characters.set(line.fontSize, (characters.get(line.fontSize) ?? 0) + line.items.reduce((sum, item) => sum + item.str.length, 0));
  return [...characters].sort((first, second) => second[1] - first[1])[0]?.[0] ?? 0;
}

function pageText(lines: readonly Line[], { spacing, bodySize }: { spacing: number; bodySize: number }): string {
  if (lines.length === 0) return "";

  // Footnotes: the lines at the foot of the page set smaller than the body (a page number, in
  // any size, may follow them).
  let footnoteStart = lines.length;
  let last = lines.length - 1;
  if (last > 0 && /^\S{1,6}$/.test(lineText(lines[last]!))) last--;
  while (last >= 0 && lines[last]!.fontSize < 0.9 * bodySize) footnoteStart = last--;
  if (footnoteStart === 0) footnoteStart = lines.length;

  // A paragraph's indented first line, after a line that ends a sentence, starts a paragraph as a
  // blank line would; extracted text has no other way to show it.
  const left = Math.min(...lines.map((line) => line.items[0]!.x));
  const isIndented = (line: Line) => line.items[0]!.x > left + 0.8 * line.fontSize;
  const texts = lines.map(lineText);
  const output: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (index === footnoteStart) output.push("", footnoteRule);
    else if (previous && previous.y - line.y > 1.4 * Math.max(spacing, line.fontSize)) output.push("");
    else if (previous && isIndented(line) && !isIndented(previous) && /[.!?]["”’)]*\d{0,3}$/.test(texts[index - 1]!)) output.push("");
    output.push(texts[index]!);
  });
  return `${output.join("\n")}\n`;
}
