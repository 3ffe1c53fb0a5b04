/**
 * Paragraph ids that survive a re-import: derived from where a paragraph sits (chapter and
 * section headings) and what it says, never from its position in a list, so importing the same
 * file again — or a corrected version of it — keeps the anchors of unchanged paragraphs.
 */
import { comparable } from "./normalize-text";

/** cyrb53: a fast, well-mixed 53-bit string hash; plenty to tell a thesis's paragraphs apart. */
function cyrb53(text: string): number {
  let first = 0xdeadbeef;
  let second = 0x41c6ce57;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    first = Math.imul(first ^ code, 2654435761);
    second = Math.imul(second ^ code, 1597334677);
  }
  first = Math.imul(first ^ (first >>> 16), 2246822507) ^ Math.imul(second ^ (second >>> 13), 3266489909);
  second = Math.imul(second ^ (second >>> 16), 2246822507) ^ Math.imul(first ^ (first >>> 13), 3266489909);
  return 4_294_967_296 * (2_097_151 & second) + (first >>> 0);
}

export function hashKey(text: string): string {
  return cyrb53(text).toString(36).padStart(11, "0");
}

/** Hands out ids; the same place and text a second time (a repeated paragraph) gets "-2", "-3"… */
export class ParagraphIds {
  private readonly seen = new Map<string, number>();

  next(path: readonly string[], text: string): string {
    const base = `p-${hashKey(`${path.map(comparable).join("/")}\n${comparable(text)}`)}`;
    const count = (this.seen.get(base) ?? 0) + 1;
    this.seen.set(base, count);
    return count === 1 ? base : `${base}-${count}`;
  }
}
