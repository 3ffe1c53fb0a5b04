/**
 * Paragraphs out of wrapped lines. Extracted text seldom marks a paragraph: a blank line does,
 * and so does a short line that ends a sentence before one that starts a new sentence. A page
 * break, a leading space on a page's first line and a footnote marker's line do not.
 */
import type { MarkedLine } from "./footnotes";
import { endsSentence } from "./headings";
import { appendLine } from "./normalize-text";

export type ParagraphDraft = {
  text: string;
  page: number | null;
  line: number;
  markers: { number: number; offset: number }[];
};

/** How the text is laid out, measured once for the whole document. */
export type TextMeasure = {
  /** The length of a full line of body text. */
  lineWidth: number;
  /** Each line is a whole paragraph (text that was never wrapped). */
  isUnwrapped: boolean;
};

export function measureText(lines: readonly { text: string }[]): TextMeasure {
  const lengths = lines
    .map((line) => line.text.trim().length)
    .filter((length) => length >= 25)
    .sort((left, right) => left - right);
  if (lengths.length === 0) return { lineWidth: 80, isUnwrapped: false };
  const at = (fraction: number) => lengths[Math.min(lengths.length - 1, Math.floor(fraction * lengths.length))]!;
  return { lineWidth: at(0.75), isUnwrapped: at(0.5) > 200 };
}

export const isShortLine = (text: string, measure: TextMeasure, fraction = 0.8) =>
  measure.isUnwrapped ? text.trim().length <= 100 : text.trim().length < measure.lineWidth * fraction;

const startsLowerCase = (text: string) => /^\p{Ll}/u.test(text.trim());

/** Whether `line` starts a new paragraph after `previous` (the last line of the current one). */
export function startsNewParagraph(previous: MarkedLine, line: MarkedLine, options: { isBlankBetween: boolean; measure: TextMeasure }): boolean {
  const before = previous.text.trim();
  if (line.isRestOfSentence || startsLowerCase(line.text) || /[-\u00AD]$/.test(before)) return false;
  if (options.isBlankBetween || options.measure.isUnwrapped) return true;
  if (!endsSentence(before)) return false;
  const isPageStart = line.page !== previous.page;
  // Indentation means a new paragraph, except at the top of a page, where extraction sometimes
  // leaves a stray space before the first line.
  if (!isPageStart && /^ {2,}\S/.test(line.text)) return true;
  // A justified line falls short of the measure only at a paragraph's end (or where a marker
  // broke it off, which `printedLength` undoes).
  const printedLength = previous.printedLength ?? before.length;
  const isShort = options.measure.isUnwrapped ? printedLength <= 100 : printedLength < options.measure.lineWidth * 0.8;
  return isShort && /^[\p{Lu}\p{N}“"‘'(]/u.test(line.text.trim());
}

/** Collects the lines of one paragraph and joins them, keeping markers at their places. */
export class ParagraphBuilder {
  private lines: MarkedLine[] = [];

  get last(): MarkedLine | null {
    return this.lines.at(-1) ?? null;
  }

  get isEmpty(): boolean {
    return this.lines.length === 0;
  }

  add(line: MarkedLine): void {
    this.lines.push(line);
  }

  /** The paragraph so far, and a fresh start; null when there was nothing. */
  flush(): ParagraphDraft | null {
    const lines = this.lines;
    this.lines = [];
    const first = lines[0];
    if (!first) return null;
    let text = "";
    const markers: ParagraphDraft["markers"] = [];
    for (const line of lines) {
      const trimmed = line.text.trim();
      const leading = line.text.length - line.text.trimStart().length;
      text = appendLine(text, trimmed);
      const lineStart = text.length - trimmed.length;
      for (const marker of line.markers) {
        markers.push({ number: marker.number, offset: Math.max(0, Math.min(text.length, lineStart + marker.offset - leading)) });
      }
    }
    if (text === "" && markers.length === 0) return null;
    return { text, page: first.page, line: first.line, markers };
  }
}
