/**
 * The title page: which lines are the title, and which the author. Everything else on it (the
 * degree, the university, the date) stays in `frontMatter.titlePage` as printed.
 */

const institutional =
  /\b(?:thesis|dissertation|submitted|university|college|institute|school|faculty|department|degree|partial|fulfil+ment|requirements?|master|doctor|bachelor|candidate|supervis\w*|advis\w*|committee|copyright|approved|presented|programme|program|graduate)\b|©/i;
const dateLine = /^(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter)\s+)?\d{4}$/i;
const nameLine = /^(?:[\p{Lu}][\p{L}'’.-]*\.?)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*\.?|de|van|von|der|la|du)){1,4}$/u;

const isInstitutional = (line: string) => institutional.test(line) || dateLine.test(line.trim());

/** Title and author from the title page's lines; an empty string marks a blank line between blocks. */
export function readTitlePage(lines: readonly string[]): { title: string | null; author: string | null } {
  const blocks: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() === "") {
      if (blocks.at(-1)!.length > 0) blocks.push([]);
    } else blocks.at(-1)!.push(line.trim());
  }
  let author: string | null = null;
  let title: string | null = null;
  const flat = blocks.flat();
  const byIndex = flat.findIndex((line) => /^by$/i.test(line) || /^by\s+\p{Lu}/u.test(line));
  if (byIndex >= 0) {
    const byLine = flat[byIndex]!;
    author = /^by$/i.test(byLine) ? (flat[byIndex + 1] ?? null) : byLine.replace(/^by\s+/i, "");
  }
  for (const block of blocks) {
    const titleLines: string[] = [];
    for (const line of block) {
      if (/^by\b/i.test(line) || isInstitutional(line) || (author !== null && line === author)) break;
      titleLines.push(line);
    }
    if (titleLines.length > 0 && titleLines.length <= 4) {
      title = titleLines.join(" ").replace(/\s+/g, " ");
      break;
    }
    if (titleLines.length > 4) break;
  }
  if (author === null) {
    author = flat.find((line) => line !== title && !title?.includes(line) && nameLine.test(line) && !isInstitutional(line)) ?? null;
  }
  return { title, author };
}
