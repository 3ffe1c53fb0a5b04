/**
 * What a heading looks like in extracted text, where size and weight are gone: a chapter label
 * ("Chapter III"), a division ("Introduction", "Bibliography"), a numbered heading ("3.2 …"), or
 * a short line in title case set apart from sentences. Unnumbered headings are scored rather than
 * decided by one rule, and the score is kept as the heading's confidence.
 */
import { comparable } from "./normalize-text";
import type { ChapterKind } from "./types";

const numberWords = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen"];

export function romanToNumber(text: string): number | null {
  const roman = text.toUpperCase();
  if (roman === "" || !/^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/.test(roman)) return null;
  const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  let total = 0;
  for (let index = 0; index < roman.length; index++) {
    const value = values[roman[index]!]!;
    const next = values[roman[index + 1] ?? ""] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

export type ChapterLabel = { number: number; label: string; rest: string };

const chapterLabelPattern = new RegExp(`^(chapter|chap\\.)\\s+(\\d{1,2}|[ivxlc]{1,7}|${numberWords.join("|")})(?![\\p{L}\\p{N}])\\s*[.:—–-]?\\s*(.*)$`, "iu");

/** "Chapter III", "CHAPTER 3: Title", "Chapter Three — Title". */
export function chapterLabel(text: string): ChapterLabel | null {
  const match = chapterLabelPattern.exec(text.trim());
  if (!match) return null;
  const token = match[2]!;
  const number = /^\d+$/.test(token) ? Number(token) : (romanToNumber(token) ?? numberWords.indexOf(token.toLowerCase()) + 1);
  if (!number) return null;
  const word = match[1]!;
  return { number, label: `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()} ${token}`, rest: match[3]!.trim() };
}

const divisionPatterns: [ChapterKind, RegExp][] = [
  ["introduction", /^(introduction)(?:\s*[:.—–-]\s*(.+))?$/i],
  ["conclusion", /^(conclusions?|concluding remarks|general conclusions?)(?:\s*[:.—–-]\s*(.+))?$/i],
  ["bibliography", /^(bibliography|references|works cited|select(?:ed)? bibliography|list of references|sources and bibliography)$/i],
  ["appendix", /^((?:appendix|annex)(?:\s+[A-Z0-9]{1,3})?)(?:\s*[:.—–-]\s*(.+))?$/i],
  ["notes", /^(notes|endnotes)$/i],
];

/** A line that opens a chapter-level division without a number. */
export function divisionHeading(text: string): { kind: ChapterKind; title: string } | null {
  const trimmed = text.trim();
  for (const [kind, pattern] of divisionPatterns) {
    const match = pattern.exec(trimmed);
    if (match) return { kind, title: trimmed };
  }
  return null;
}

const frontMatterPattern =
  /^(abstract|summary|acknowledge?ments?|dedication|preface|foreword|declaration|copyright|(?:table of )?contents|list of (?:abbreviations|acronyms|figures|tables|illustrations|maps)|abbreviations|glossary|(?:a )?note on (?:transliteration|sources|translations?|the text))$/i;

/** "Abstract", "Acknowledgements", "Table of Contents"… */
export function frontMatterHeading(text: string): string | null {
  return frontMatterPattern.test(text.trim()) ? text.trim() : null;
}

export const isContentsHeading = (text: string) => /^(?:table of )?contents$/i.test(text.trim());

/** Lines that begin a part of the thesis whatever their surroundings: labels and divisions. */
export const isDivisionLine = (text: string) => chapterLabel(text) !== null || divisionHeading(text) !== null;

export type NumberedHeading = { number: string; depth: number; title: string };

const numberedPattern = /^((?:\d{1,2}|[IVX]{1,5})(?:\.\d{1,2}){0,3})\.?\s+(\S.*)$/;

/** "3.2 The Reset", "3.2.1. Sanctions", "IV.2 …"; the depth counts the numbers. */
export function numberedHeading(text: string): NumberedHeading | null {
  const match = numberedPattern.exec(text.trim());
  if (!match) return null;
  const number = match[1]!;
  const depth = number.split(".").length;
  // "1991 was…" and "12 October…" are not headings; a lone number needs a period after it.
  if (depth === 1 && !new RegExp(`^${number}\\.\\s`).test(text.trim())) return null;
  if (/^[IVX]+$/.test(number) && depth === 1) return null;
  return { number, depth, title: match[2]!.trim() };
}

const minorWords = new Set(
  "a an the and or nor but of in on to for with at by from as vs versus into over after before between under without its their his her via up upon against within through than beyond about among amid during".split(" "),
);

export const endsWithMinorWord = (text: string) => minorWords.has(text.trim().split(/\s+/).at(-1)?.toLowerCase() ?? "");
export const startsWithMinorWord = (text: string) => minorWords.has(text.trim().split(/\s+/)[0]?.toLowerCase() ?? "");

export type HeadingShape = {
  isPossible: boolean;
  /** 1 for Title Case or ALL CAPS, 0 for sentence case, in between for mixed. */
  titleCase: number;
  words: number;
};

/** How much a line, on its own, reads like a heading. `isContinuation` allows a lower-case start. */
export function headingShape(text: string, options: { isContinuation?: boolean } = {}): HeadingShape {
  const trimmed = text.trim();
  const words = trimmed.split(/\s+/).filter((word) => word !== "");
  const impossible = { isPossible: false, titleCase: 0, words: words.length };
  if (words.length === 0 || words.length > 18 || trimmed.length > 130) return impossible;
  if (!options.isContinuation && !/^[\p{Lu}\p{N}“"‘'(]/u.test(trimmed)) return impossible;
  if (options.isContinuation && !/^[\p{L}\p{N}“"‘'(]/u.test(trimmed)) return impossible;
  if (/[.,;:\-–]$/.test(trimmed) && !/\b(?:U\.S|Jr|St)\.$/.test(trimmed)) return impossible;
  if (/[.!?]\s+\p{Lu}/u.test(trimmed)) return impossible; // two sentences
  if (/^(?:figure|table|source|sources?:|note:|see)\b/i.test(trimmed) && !/^sources$/i.test(trimmed)) return impossible;
  if (!/\p{L}{2}/u.test(trimmed)) return impossible;
  const letters = trimmed.replace(/[^\p{L}]/gu, "");
  if (letters.length >= 4 && letters === letters.toUpperCase()) return { isPossible: true, titleCase: 1, words: words.length };
  const significant = words.filter((word, index) => (index === 0 && !options.isContinuation) || !minorWords.has(word.toLowerCase().replace(/[^\p{L}]/gu, "")));
  const capitalised = significant.filter((word) => /^[“"‘'(]?[\p{Lu}\p{N}]/u.test(word)).length;
  return { isPossible: true, titleCase: significant.length === 0 ? 0 : capitalised / significant.length, words: words.length };
}

export const isParagraphStart = (text: string) => /^[\p{Lu}\p{N}“"‘'(\[]/u.test(text.trim());
export const endsSentence = (text: string) => /[.!?]["”’')\]]*$/.test(text.trim());

/** Comparable heading text without its number or chapter label, for matching against the contents. */
export function headingKey(text: string): string {
  const label = chapterLabel(text);
  const withoutLabel = label ? label.rest : text;
  const numbered = numberedHeading(withoutLabel);
  return comparable(numbered ? numbered.title : withoutLabel);
}
