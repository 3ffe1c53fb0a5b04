/**
 * The table of contents: read so that its entries are not taken for the chapters they list, and
 * kept as a second opinion on headings found in the text.
 */
import { chapterLabel, divisionHeading, headingKey, numberedHeading } from "./headings";
import type { ContentsEntry, SourceLine } from "./types";

// "3.1 The Malta Summit ........ 46", "Introduction 1", "Abstract . . . ii"
// Roman page numbers are lower case in a thesis; "Chapter II" alone is not an entry for page II.
const entryPattern = /^(.*?\p{L}.*?)(?:\s*(?:\.\s*){2,}|\s+)([ivxlcdm]{1,7}|\d{1,3})$/u;
const hasLeaders = (text: string) => /(?:\.\s*){3,}\S*$|\s{3,}\S+$/.test(text);

function entryLevel(text: string): number | null {
  if (chapterLabel(text) || divisionHeading(text)) return 0;
  const depth = numberedHeading(text)?.depth;
  // "3.2" is a section of chapter 3 (level 1), as in the outline.
  return depth === undefined ? null : Math.max(1, depth - 1);
}

function asEntry(text: string): ContentsEntry | null {
  const match = entryPattern.exec(text.trim());
  if (!match || text.length > 140) return null;
  const entryText = match[1]!.replace(/[\s.]+$/, "").trim();
  return { text: entryText, pageLabel: match[2]!, level: entryLevel(entryText) };
}

/**
 * Reads entries from `start` (the line after the "Contents" heading) and returns where the
 * contents end. An entry may be broken over two lines; the page number ends the second.
 */
export function readContents(lines: readonly SourceLine[], start: number): { entries: ContentsEntry[]; end: number } {
  const entries: ContentsEntry[] = [];
  let index = start;
  let page = lines[start]?.page ?? null;
  while (index < lines.length) {
    const text = lines[index]!.text.trim();
    if (text === "") {
      index++;
      continue;
    }
    const following = nextLine(lines, index);
    const single = asEntry(text);
    const broken = single === null && text.length <= 90 && following ? asEntry(`${text} ${following.text}`) : null;
    const entry = single ?? broken;
    if (!entry) break;
    // On a new page, only something plainly an entry carries the contents on: leaders, a
    // chapter or section number, or another entry right after it.
    const isPlain = hasLeaders(broken ? following!.text : text) || entry.level !== null || (following !== null && asEntry(following.text) !== null);
    if (lines[index]!.page !== page && !isPlain) break;
    entries.push(entry);
    page = lines[index]!.page;
    index = broken ? following!.index + 1 : index + 1;
  }
  return { entries, end: index };
}

function nextLine(lines: readonly SourceLine[], index: number): { text: string; index: number } | null {
  for (let next = index + 1; next < lines.length; next++) {
    const text = lines[next]!.text.trim();
    if (text !== "") return { text, index: next };
  }
  return null;
}

/** Heading keys of the entries, with and without their chapter labels and numbers. */
export function contentsKeys(entries: readonly ContentsEntry[]): Set<string> {
  return new Set(entries.map((entry) => headingKey(entry.text)).filter((key) => key !== ""));
}
