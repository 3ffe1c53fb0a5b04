/**
 * Footnotes: bodies read from the footnote zone at the bottom of each page (continuing across
 * pages), markers found in the running text (a number stuck to a word, a number alone on a line,
 * or a superscript digit), the two matched up, and the gaps in the numbering. A number is only
 * taken for a marker when it fits the sequence; a missing number is reported, never supplied.
 */
import { appendLine } from "./normalize-text";
import type { Footnote, FootnoteGap, SourceLine } from "./types";

export type FootnoteDraft = { number: number; series: number; text: string; page: number | null; line: number };

// "no." and "vol." end a citation's line without ending the footnote.
const abbreviationAtEnd = /(?:^|[\s(])(?:no|nos|vol|vols|pp?|ed|eds|trans|cf|ch|art|fig|n|nn|e\.g|i\.e|repr|ser|ibid)\.$/i;
const endsSentence = (text: string) => {
  const tail = text.slice(-24).trimEnd();
  return /[.!?)\]"”’'»]$/.test(tail) && !abbreviationAtEnd.test(tail);
};
const startsCitation = (text: string) => /^\p{Lu}|^[“"‘]/u.test(text);
const startPattern = /^(?:(\d{1,3})(?!\d)|([¹²³⁰⁴-⁹]+))([.)]?)(?:\s+|$)(.*)$/;
const superscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

function superscriptValue(text: string): number {
  return Number([...text].map((character) => superscriptDigits.indexOf(character)).join(""));
}

/**
 * Reads footnote zones page after page. A line opening with the next number starts a footnote;
 * any other line continues the open one, which is how a footnote runs on to the next page.
 */
export class FootnoteReader {
  readonly drafts: FootnoteDraft[] = [];
  readonly warnings: string[] = [];
  private series = 1;

  get lastNumber(): number {
    return this.drafts.at(-1)?.number ?? 0;
  }

  get isOpen(): boolean {
    return this.drafts.length > 0;
  }

  /** Whether `text` would start a new footnote given what has been read so far. */
  startsFootnote(text: string): boolean {
    return this.classify(text.trim()) !== null;
  }

  readZone(lines: readonly SourceLine[]): void {
    for (const line of lines) {
      const text = line.text.trim();
      if (text === "" || line.isRule) continue;
      const start = this.classify(text);
      if (start) {
        if (start.isRestart) this.series++;
        this.drafts.push({ number: start.number, series: this.series, text: start.rest, page: line.page, line: line.line });
        continue;
      }
      const open = this.drafts.at(-1);
      if (open) open.text = appendLine(open.text, text);
      else this.warnings.push(`Footnote text without a number on page ${line.page ?? "?"} (line ${line.line}) was left out.`);
    }
  }

  private classify(text: string): { number: number; rest: string; isRestart: boolean } | null {
    const match = startPattern.exec(text);
    if (!match) return null;
    const number = match[1] ? Number(match[1]) : superscriptValue(match[2]!);
    const rest = match[4] ?? "";
    const open = this.drafts.at(-1);
    if (!open) return number >= 1 ? { number, rest, isRestart: false } : null;
    // The next number starts a footnote, unless the open one is mid-sentence and this line does
    // not read like a new citation: then it is a page or volume number carried over ("1995),"
    // then "75. For a…" is page 75 of the book just cited).
    if (number === open.number + 1) {
      if (endsSentence(open.text)) return { number, rest, isRestart: false };
      const isMidClause = /[,;:(–—-]$/.test(open.text.trimEnd()) || match[3] === ".";
      return !isMidClause && startsCitation(rest) ? { number, rest, isRestart: false } : null;
    }
    // Anything else may be a line of a citation that starts with a volume or page number; only a
    // finished footnote, and a line that reads like a new one, make a restart or a jump.
    if (!endsSentence(open.text) || open.text === "" || !startsCitation(rest)) return null;
    if (number === 1 && open.number > 1) return { number, rest, isRestart: true };
    if (number > open.number + 1 && number <= open.number + 10) return { number, rest, isRestart: false };
    return null;
  }
}

/** "sure": a superscript or a number alone on its line; "likely": glued to a word; "next-only": glued to a figure. */
type Certainty = "sure" | "likely" | "next-only";

export type MarkedLine = SourceLine & {
  markers: { number: number; offset: number }[];
  /** The line goes on with the sentence a footnote marker interrupted: never a heading. */
  isRestOfSentence: boolean;
};

/** Which footnote numbers have bodies on which pages: the evidence a candidate marker is checked against. */
export type FootnoteEvidence = { hasBodies: boolean; numbersOnPage: (page: number | null) => ReadonlySet<number> };

export function footnoteEvidence(drafts: readonly FootnoteDraft[]): FootnoteEvidence {
  const byPage = new Map<number | null, Set<number>>();
  for (const draft of drafts) {
    const numbers = byPage.get(draft.page) ?? new Set<number>();
    numbers.add(draft.number);
    byPage.set(draft.page, numbers);
  }
  const empty = new Set<number>();
  return {
    hasBodies: drafts.length > 0,
    numbersOnPage: (page) => {
      if (page === null) return byPage.get(null) ?? empty;
      // A marker at the foot of a page can have its body pushed to the next one.
      return new Set([...(byPage.get(page) ?? empty), ...(byPage.get(page + 1) ?? empty), ...(byPage.get(page - 1) ?? empty)]);
    },
  };
}

const bareMarker = /^\s*(\d{1,3})\s*$/;
// A number glued to the end of a word or to closing punctuation, then a space or the line's end.
const stuckMarker = /(?<=[\p{L}.,;:!?'"’”)\]])(\d{1,3})(?=[\s,.;:)\]]|$)/gu;
const superscriptMarker = /[¹²³⁰⁴-⁹]+/g;

/**
 * Takes footnote markers out of the running text. `last` follows the numbering so that a number
 * is a marker only when it is the next one, a restart confirmed by a body, or a jump over a gap
 * that a body on the same page confirms.
 */
export function extractMarkers(lines: readonly SourceLine[], evidence: FootnoteEvidence): MarkedLine[] {
  let last = 0;
  const accepts = (number: number, page: number | null, certainty: Certainty): boolean => {
    const bodies = evidence.numbersOnPage(page);
    if (number === last + 1) return true;
    if (certainty === "next-only") return false;
    const isSure = certainty === "sure";
    if (number === 1 && last >= 1) return bodies.has(1) || (isSure && !evidence.hasBodies);
    if (number > last + 1 && number <= last + 6) return bodies.has(number) || (isSure && !evidence.hasBodies);
    return number > last && bodies.has(number) && isSure;
  };
  const take: Take = (number, page, certainty) => {
    if (!accepts(number, page, certainty)) return false;
    last = number;
    return true;
  };

  const marked: MarkedLine[] = [];
  let previousText: MarkedLine | null = null;
  let interrupted: MarkedLine | null = null;
  for (const line of lines) {
    const bare = bareMarker.exec(line.text);
    if (bare && previousText && take(Number(bare[1]), line.page, "sure")) {
      previousText.markers.push({ number: Number(bare[1]), offset: previousText.text.length });
      interrupted = previousText;
      continue;
    }
    // Only the line right after a marker line is the rest of the interrupted printed line, and
    // a marker at the foot of a page says nothing about the next page's first line.
    const isRest = interrupted !== null && line.text.trim() !== "" && line.page === interrupted.page;
    const current: MarkedLine = {
      ...line,
      markers: [],
      isRestOfSentence: isRest || line.printedLength !== undefined,
      printedLength: isRest ? interrupted!.text.length + 1 + line.text.trim().length : line.printedLength,
    };
    current.text = removeInlineMarkers(line.text, current.markers, line.page, take);
    marked.push(current);
    interrupted = null;
    if (line.text.trim() !== "") previousText = current;
  }
  return marked;
}

type Take = (number: number, page: number | null, certainty: Certainty) => boolean;

function removeInlineMarkers(text: string, markers: MarkedLine["markers"], page: number | null, take: Take): string {
  const withoutSuperscripts = text.replace(superscriptMarker, (digits: string, offset: number) => {
    const number = superscriptValue(digits);
    if (!take(number, page, "sure")) return digits;
    markers.push({ number, offset });
    return "";
  });
  let removed = 0;
  return withoutSuperscripts.replace(stuckMarker, (digits: string, _group: string, offset: number, whole: string) => {
    const certainty = stuckMarkerCertainty(whole, offset, digits.length);
    if (certainty === null || !take(Number(digits), page, certainty)) return digits;
    markers.push({ number: Number(digits), offset: offset - removed });
    removed += digits.length;
    return "";
  });
}

/**
 * How far a number glued to what precedes it can be a marker: not at all in "G20" or "SS20";
 * only as the very next number after a figure ("in 1991.23 The", but never "3.5 per cent" or a
 * section number such as "1.1 Early Years"); otherwise as any marker would.
 */
function stuckMarkerCertainty(text: string, offset: number, length: number): Certainty | null {
  const before = text.slice(0, offset);
  const word = /(\p{L}+)$/u.exec(before)?.[1];
  if (word && word === word.toUpperCase()) return null;
  if (/\d[.,]$/.test(before)) {
    if (/^\s*\d{1,2}(?:\.\d{1,2})*\.$/.test(before) || !/^\s+[\p{Lu}“"‘(]|^$/u.test(text.slice(offset + length))) return null;
    return "next-only";
  }
  return "likely";
}

/** Footnotes with ids, and the id of the body each marker points to (matched in reading order). */
export function finishFootnotes(drafts: readonly FootnoteDraft[]): Footnote[] {
  const hasRestarts = drafts.some((draft) => draft.series > 1);
  return drafts.map((draft) => ({
    id: hasRestarts ? `fn-${draft.series}-${draft.number}` : `fn-${draft.number}`,
    number: draft.number,
    series: draft.series,
    text: draft.text.trim(),
    page: draft.page,
    line: draft.line,
  }));
}

/**
 * Matches markers to bodies in reading order: each marker takes the first unused footnote with
 * its number at or after the last one matched, so restarted numbering finds the right body.
 */
export function matchMarkers(markerNumbers: readonly number[], footnotes: readonly Footnote[]): (Footnote | null)[] {
  const used = new Set<number>();
  let cursor = 0;
  return markerNumbers.map((number) => {
    for (let index = cursor; index < footnotes.length; index++) {
      if (footnotes[index]!.number === number && !used.has(index)) {
        used.add(index);
        cursor = index;
        return footnotes[index]!;
      }
    }
    return null;
  });
}

/** Numbers absent from both the markers and the bodies of a numbering series. */
export function footnoteGaps(present: readonly { series: number; number: number }[]): FootnoteGap[] {
  const bySeries = new Map<number, Set<number>>();
  for (const { series, number } of present) {
    const numbers = bySeries.get(series) ?? new Set<number>();
    numbers.add(number);
    bySeries.set(series, numbers);
  }
  const gaps: FootnoteGap[] = [];
  for (const [series, numbers] of [...bySeries].sort(([left], [right]) => left - right)) {
    let previous = 0;
    for (const number of [...numbers].sort((left, right) => left - right)) {
      if (number > previous + 1) gaps.push({ series, after: previous, missing: Array.from({ length: number - previous - 1 }, (_, index) => previous + 1 + index) });
      previous = number;
    }
  }
  return gaps;
}
