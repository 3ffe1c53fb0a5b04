/**
 * From bytes or raw extracted text to clean lines: encodings, line endings, stray characters,
 * page breaks, ordinal suffixes that PDF extraction split off, and the joining of wrapped lines
 * back into running text (hyphenation).
 */
import { AppError } from "@/server/domain/app-error";
import type { SourceLine } from "./types";

const invalidUtf8 = (offset: number) =>
  new AppError(
    "BAD_REQUEST",
    `The file is not UTF-8 text (the first byte that is not valid UTF-8 is at offset ${offset}). Save it as UTF-8 and try again.`,
    { field: "file" },
  );

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte <= 0xdf ? 2 : byte >= 0xe0 && byte <= 0xef ? 3 : byte >= 0xf0 && byte <= 0xf4 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    index += length;
  }
  return -1;
}

/**
 * Bytes that are mostly control characters are not a text file, whatever their name says. A few
 * NUL bytes are tolerated: some extraction tools leave them in otherwise good text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 64 * 1024);
  let controls = 0;
  for (const byte of sample) {
    const isAllowed = byte === 0x09 || byte === 0x0a || byte === 0x0c || byte === 0x0d || byte === 0x1b;
    if (byte < 0x20 && !isAllowed) controls++;
  }
  return sample.length > 0 && controls / sample.length > 0.02;
}

/**
 * Text from bytes: UTF-8 (a byte-order mark is dropped), or UTF-16 when it starts with its
 * byte-order mark. Anything else is refused with the offset of the first bad byte, because
 * guessing a legacy encoding would silently garble quotations.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (looksBinary(bytes)) {
    throw new AppError("BAD_REQUEST", "The file looks like binary data, not text. Upload a PDF, a plain-text or a Markdown file.", { field: "file" });
  }
  const invalidAt = firstInvalidUtf8Byte(bytes);
  if (invalidAt >= 0) throw invalidUtf8(invalidAt);
  return new TextDecoder("utf-8").decode(bytes); // drops a leading byte-order mark itself
}

const ligatures: Record<string, string> = { "ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st" };

/**
 * One line-ending convention and no invisible debris: byte-order marks, NUL and other control
 * characters, zero-width spaces, ligature code points, exotic spaces, tabs. Form feeds stay: they
 * are the page breaks. Trailing spaces go, except on lines made only of spaces, which a PDF
 * extractor emits for the rule above the footnotes.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\uFEFF\u200B-\u200D\u2060]/g, "")
    .replace(/[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g, "")
    .replace(/[ﬀ-ﬆ]/g, (ligature) => ligatures[ligature] ?? ligature)
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/\t/g, "    ")
    .replace(/(\S)[ ]+$/gm, "$1");
}

/** Pages joined the way pdftotext joins them: each page ends its last line, then a form feed. */
export function joinPages(pages: readonly string[]): string {
  return pages.map((page) => (page.endsWith("\n") || page === "" ? page : `${page}\n`)).join("\f");
}

const ruleLine = /^(?: {3,}|\s*_{3,}[_ ]*)$/;

/**
 * The lines of normalised text with their positions. A form feed starts a new page; the line
 * it stands on keeps its number, so numbering matches the text a reader can open.
 */
export function toSourceLines(text: string): { lines: SourceLine[]; pageCount: number } {
  const lines: SourceLine[] = [];
  const hasPages = text.includes("\f");
  let page = 1;
  text.split("\n").forEach((raw, index) => {
    let content = raw;
    while (content.startsWith("\f")) {
      page++;
      content = content.slice(1);
    }
    content = content.replace(/\f/g, "");
    lines.push({ text: content, page: hasPages ? page : null, line: index + 1, isRule: ruleLine.test(content) });
  });
  // A trailing form feed (pdftotext ends with one) opens no page of its own.
  const last = lines.at(-1);
  if (hasPages && last && last.text === "" && text.endsWith("\f")) lines.pop();
  const pageCount = hasPages ? (lines.at(-1)?.page ?? 1) : 1;
  return { lines, pageCount };
}

export const isBlank = (line: { text: string }) => line.text.trim() === "";

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return "th";
  return ["th", "st", "nd", "rd"][value % 10] ?? "th";
}

/**
 * "the 20" / "th" / "century": extraction puts a raised ordinal suffix on a line of its own (or at
 * the start of the next line). The suffix goes back onto its number, but only when it is the
 * right suffix for that number, so that a stray "th" is never glued to a footnote marker.
 */
export function repairSplitOrdinals(lines: readonly SourceLine[]): SourceLine[] {
  const repaired: SourceLine[] = [];
  let brokenOff: SourceLine | null = null;
  for (const line of lines) {
    const previous = repaired.at(-1);
    const number = previous ? /(?:^|\s)(\d+)$/.exec(previous.text) : null;
    const suffix = /^\s*(st|nd|rd|th)\b\s*(.*)$/.exec(line.text);
    if (previous && number && suffix && ordinalSuffix(Number(number[1])) === suffix[1]) {
      previous.text += suffix[1];
      brokenOff = previous;
      if (suffix[2]) {
        repaired.push({ ...line, text: suffix[2], printedLength: previous.text.length + 1 + suffix[2].length });
        brokenOff = null;
      }
      continue;
    }
    const isRest = brokenOff !== null && line.text.trim() !== "";
    repaired.push(isRest ? { ...line, printedLength: brokenOff!.text.length + 1 + line.text.trim().length } : { ...line });
    if (line.text.trim() !== "") brokenOff = null;
  }
  return repaired;
}

// Prefixes that keep their hyphen when a compound breaks at it ("non-" / "proliferation").
const hyphenatedPrefixes = new Set(["self", "well", "non", "anti", "post", "pre", "ex", "cross", "half", "quasi", "semi", "mid", "long", "short", "so", "neo", "pro", "co", "all", "over", "under", "far", "full", "high", "low"]);
// A capitalised left part ending like an adjective of nationality or ideology is a compound
// ("Soviet-" / "era"); other capitalised words broken at a hyphen are names split by hyphenation.
const adjectiveEnding = /(?:ian|ean|ese|ish|ic|an|et|ern|ist|ine)$/;

/** Appends a wrapped line to running text, undoing end-of-line hyphenation and keeping compounds. */
export function appendLine(text: string, next: string): string {
  const addition = next.trim();
  if (text === "") return addition;
  if (addition === "") return text;
  if (text.endsWith("\u00AD")) return text.slice(0, -1) + addition;
  // Only the end of the text matters; looking at a short tail keeps long paragraphs linear.
  const hyphenated = text.endsWith("-") ? /([\p{L}]+)-$/u.exec(text.slice(-48)) : null;
  if (hyphenated) {
    const left = hyphenated[1]!;
    const startsLower = /^\p{Ll}/u.test(addition);
    const isCompound = !startsLower || hyphenatedPrefixes.has(left.toLowerCase()) || (/^\p{Lu}/u.test(left) && left.length >= 4 && adjectiveEnding.test(left));
    return isCompound ? text + addition : text.slice(0, -1) + addition;
  }
  if (text.endsWith("—") || text.endsWith("/")) return text + addition;
  return `${text} ${addition}`;
}

/** Text for comparing headings and hashing: lower case, letters and digits, single spaces. */
export function comparable(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
