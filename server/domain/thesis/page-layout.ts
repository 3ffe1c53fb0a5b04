/**
 * What a printed page adds around the text: page numbers, running heads, and the footnote zone
 * at the foot of the page. Each is recognised by what repeats from page to page rather than by
 * what one line looks like, because a bare number on one page may be a footnote marker.
 */
import { FootnoteReader, type FootnoteDraft } from "./footnotes";
import { isDivisionLine, romanToNumber } from "./headings";
import { comparable, isBlank } from "./normalize-text";
import type { SourceLine } from "./types";

export type LaidOutPage = { page: number; body: SourceLine[]; printedNumber: string | null };

export type PageLayout = {
  pages: LaidOutPage[];
  footnotes: FootnoteDraft[];
  runningHeads: string[];
  warnings: string[];
};

type PageNumber = { value: number; isRoman: boolean; label: string };

const pageNumberPattern = /^(?:page\s+)?[-–—]?\s*(\d{1,4}|[ivxlcdm]{1,7}|[IVXLCDM]{1,7})\s*[-–—]?$/i;

function asPageNumber(text: string): PageNumber | null {
  const match = pageNumberPattern.exec(text.trim());
  if (!match) return null;
  const label = match[1]!;
  if (/^\d+$/.test(label)) return { value: Number(label), isRoman: false, label };
  const value = romanToNumber(label);
  return value === null ? null : { value, isRoman: true, label };
}

// A running head may carry the page number at either end: "37   Ending the Cold War".
const edgeNumber = /^(\d{1,4}|[ivxlc]{1,6})\s{2,}(.+)$|^(.+?)\s{2,}(\d{1,4}|[ivxlc]{1,6})$|^(\d{1,4})\s+(.+)$|^(.+?)\s+(\d{1,4})$/;

function splitEdgeNumber(text: string): { rest: string; number: string | null } {
  const match = edgeNumber.exec(text.trim());
  if (!match) return { rest: text.trim(), number: null };
  const number = match[1] ?? match[4] ?? match[5] ?? match[8] ?? null;
  const rest = match[2] ?? match[3] ?? match[6] ?? match[7] ?? text.trim();
  return { rest, number };
}

const contentIndices = (lines: readonly SourceLine[]) => lines.flatMap((line, index) => (isBlank(line) || line.isRule ? [] : [index]));

/**
 * A number at the top or bottom of a page is a page number when the same offset between printed
 * and physical page holds on at least one other page; roman and arabic numbering are counted apart.
 */
function findPageNumbers(pages: readonly SourceLine[][]): Map<number, { index: number; label: string }> {
  const candidates: { page: number; index: number; number: PageNumber }[] = [];
  pages.forEach((lines, page) => {
    const indices = contentIndices(lines);
    for (const index of new Set([indices[0], indices.at(-1)])) {
      if (index === undefined) continue;
      const number = asPageNumber(lines[index]!.text);
      if (number) candidates.push({ page, index, number });
    }
  });
  const offsetKey = (candidate: (typeof candidates)[number]) => `${candidate.number.isRoman}:${candidate.number.value - candidate.page}`;
  const counts = new Map<string, number>();
  for (const candidate of candidates) counts.set(offsetKey(candidate), (counts.get(offsetKey(candidate)) ?? 0) + 1);
  // A lone candidate is still a page number when it counts the physical pages (front matter in
  // roman numerals may count the title page or not).
  const isPhysical = (candidate: (typeof candidates)[number]) => {
    const offset = candidate.number.value - (candidate.page + 1);
    return candidate.number.isRoman ? offset === 0 || offset === -1 : offset === 0;
  };
  const found = new Map<number, { index: number; label: string }>();
  for (const candidate of candidates) {
    const isRepeated = (counts.get(offsetKey(candidate)) ?? 0) >= 2;
    if ((isRepeated || isPhysical(candidate)) && !found.has(candidate.page)) found.set(candidate.page, { index: candidate.index, label: candidate.number.label });
  }
  return found;
}

/**
 * Lines repeated at the top (or foot) of two or more pages are running heads, and so is a line at
 * the top of a page that repeats a line printed elsewhere (a chapter's title heading its pages).
 * The first time a chapter-opening line such as "Introduction" appears it is the heading itself,
 * and the title page is never stripped, so only the later repetitions go.
 */
function findRunningHeads(pages: SourceLine[][]): { heads: Set<string>; removals: Map<number, number[]> } {
  const occurrences = new Map<string, { page: number; index: number; edge: "top" | "bottom" }[]>();
  const elsewhere = new Set<string>();
  pages.forEach((lines, page) => {
    const indices = contentIndices(lines);
    for (const index of indices.slice(1, -1)) if (lines[index]!.text.length <= 100) elsewhere.add(comparable(lines[index]!.text));
    const edges: ["top" | "bottom", number | undefined][] = [["top", indices[0]], ["bottom", indices.at(-1)]];
    for (const [edge, index] of edges) {
      if (index === undefined || (edge === "bottom" && index === indices[0])) continue;
      const key = comparable(splitEdgeNumber(lines[index]!.text).rest);
      if (key.length < 3 || /^\d+$/.test(key)) continue;
      const list = occurrences.get(`${edge}:${key}`) ?? [];
      list.push({ page, index, edge });
      occurrences.set(`${edge}:${key}`, list);
    }
  });
  const heads = new Set<string>();
  const removals = new Map<number, number[]>();
  for (const [key, list] of occurrences) {
    const text = key.slice(key.indexOf(":") + 1);
    const isTop = key.startsWith("top:");
    const isTitleRepeat = isTop && elsewhere.has(text) && !isDivisionLine(pages[list[0]!.page]![list[0]!.index]!.text);
    if (list.length < (isTop ? 2 : 3) && !isTitleRepeat) continue;
    list.forEach((occurrence, order) => {
      const line = pages[occurrence.page]![occurrence.index]!.text;
      if (order === 0 && (occurrence.page === 0 || isDivisionLine(line))) return;
      heads.add(line.trim());
      removals.set(occurrence.page, [...(removals.get(occurrence.page) ?? []), occurrence.index]);
    });
  }
  return { heads, removals };
}

/** Where the footnote zone of a page begins (the rule above it), or null if the page has none. */
function footnoteZoneStart(lines: readonly SourceLine[], reader: FootnoteReader, previousHadNotes: boolean): number | null {
  for (let index = 0; index < lines.length; index++) {
    if (!lines[index]!.isRule) continue;
    const first = lines.slice(index + 1).find((line) => !isBlank(line) && !line.isRule);
    if (!first) continue;
    const isUnderscores = lines[index]!.text.includes("_");
    if (isUnderscores || reader.startsFootnote(first.text) || (previousHadNotes && reader.isOpen)) return index;
  }
  // Without a rule: a last block that opens with the next footnote's number, when that number
  // also stands in the text above as a marker.
  const lastBlank = lines.findLastIndex((line, index) => isBlank(line) && index > 0 && index < lines.length - 1);
  if (lastBlank < 0) return null;
  const first = lines[lastBlank + 1]!.text.trim();
  const number = /^(\d{1,3})\s+\S/.exec(first)?.[1];
  if (!number || Number(number) !== reader.lastNumber + 1) return null;
  const above = lines.slice(0, lastBlank).map((line) => line.text).join("\n");
  const marker = new RegExp(`(?<=[\\p{L}.,;:!?'"’”)\\]])${number}(?=[\\s,.;:)\\]]|$)|^\\s*${number}\\s*$`, "mu");
  return marker.test(above) ? lastBlank : null;
}

function trimBlankEdges(lines: SourceLine[]): SourceLine[] {
  let start = 0;
  let end = lines.length;
  while (start < end && (isBlank(lines[start]!) || lines[start]!.isRule)) start++;
  while (end > start && (isBlank(lines[end - 1]!) || lines[end - 1]!.isRule)) end--;
  return lines.slice(start, end);
}

/** Splits each page into its body text and footnotes, dropping page numbers and running heads. */
export function layOutPages(lines: readonly SourceLine[], pageCount: number): PageLayout {
  const pages: SourceLine[][] = Array.from({ length: pageCount }, () => []);
  for (const line of lines) pages[(line.page ?? 1) - 1]!.push(line);

  const pageNumbers = findPageNumbers(pages);
  const withoutNumbers = pages.map((page, index) => page.filter((_, lineIndex) => pageNumbers.get(index)?.index !== lineIndex));
  const { heads, removals } = findRunningHeads(withoutNumbers);

  const reader = new FootnoteReader();
  const laidOut: LaidOutPage[] = [];
  let previousHadNotes = false;
  withoutNumbers.forEach((page, index) => {
    let printedNumber = pageNumbers.get(index)?.label ?? null;
    const removed = new Set(removals.get(index) ?? []);
    for (const lineIndex of removed) printedNumber ??= splitEdgeNumber(page[lineIndex]!.text).number;
    const kept = page.filter((_, lineIndex) => !removed.has(lineIndex));
    const zone = footnoteZoneStart(kept, reader, previousHadNotes);
    if (zone !== null) reader.readZone(kept.slice(zone + 1));
    previousHadNotes = zone !== null;
    laidOut.push({ page: index + 1, body: trimBlankEdges(zone === null ? kept : kept.slice(0, zone)), printedNumber });
  });
  return { pages: laidOut, footnotes: reader.drafts, runningHeads: [...heads], warnings: reader.warnings };
}
