/**
 * The grading exports as CSV text: a gradebook Canvas's "Import" accepts and a rubric detail
 * (one row per student × criterion). Pure: the rows come from server/services/grading/exports.ts.
 *
 * The text follows RFC 4180: fields with a comma, a double quote or a line break are quoted and
 * their quotes doubled; records end in CRLF. Text cells that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) get a leading apostrophe, so that a student
 * named "=HYPERLINK(…)" stays text. Numbers are ours, never user text, and are written as they
 * are, so that −5 stays a number.
 */

import { slugify } from "@/server/domain/slug";

export type CsvCell = string | number | null;

const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

function neutralized(text: string): string {
  return formulaStart.test(text) ? `'${text}` : text;
}

/** Plain decimal notation, never exponent or locale separators; −0 prints as 0. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return "";
  return Object.is(value, -0) ? "0" : String(value);
}

export function csvField(cell: CsvCell): string {
  if (cell === null) return "";
  const text = typeof cell === "number" ? numberText(cell) : neutralized(cell);
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Records joined with CRLF, the last one too. `withBom` puts a UTF-8 byte order mark first: Excel
 * needs it to read UTF-8 (names with accents), while an importer may read it as part of the first
 * header; see the callers for which file gets one.
 */
export function toCsv(rows: CsvCell[][], options: { withBom?: boolean } = {}): string {
  return (options.withBom ? "\uFEFF" : "") + rows.map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/**
 * "Ada Lovelace" → "Lovelace, Ada", as Canvas lists students. Names are stored whole, so the
 * last word is taken for the family name: "Maria de la Cruz" comes out as "Cruz, Maria de la".
 * Canvas matches rows by its own user ids first and falls back to this name, so a student whose
 * name splits oddly may need matching by hand in Canvas's import preview.
 */
export function sortableName(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length < 2) return words.join(" ");
  return `${words.at(-1)}, ${words.slice(0, -1).join(" ")}`;
}

/** Column titles made unique by numbering repeats ("Opening", "Opening (2)"): Canvas matches columns by title. */
export function uniqueTitles(titles: string[]): string[] {
  const seen = new Map<string, number>();
  return titles.map((title) => {
    const key = title.toLowerCase();
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return count === 1 ? title : `${title} (${count})`;
  });
}

export type GradebookItem = { key: string; title: string; pointsPossible: number };
export type GradebookStudent = { id: string; name: string; sisUserId: string | null; section: string | null; scores: ReadonlyMap<string, number> };

/**
 * Canvas's gradebook import: a header `Student,ID,SIS User ID,Section,<item>…`, then
 * `Points Possible,,,,<max>…`, then one row per student with an empty cell where an item has no
 * grade. No byte order mark: Canvas reads UTF-8 without one, and a file made for importing is
 * safer without a character some parsers keep in the first header ("\uFEFFStudent").
 */
export function gradebookCsv(items: GradebookItem[], students: GradebookStudent[]): string {
  const header: CsvCell[] = ["Student", "ID", "SIS User ID", "Section", ...uniqueTitles(items.map((item) => item.title))];
  const pointsPossible: CsvCell[] = ["Points Possible", null, null, null, ...items.map((item) => item.pointsPossible)];
  const rows = students.map((student): CsvCell[] => [
    sortableName(student.name),
    student.id,
    student.sisUserId,
    student.section,
    ...items.map((item) => student.scores.get(item.key) ?? null),
  ]);
  return toCsv([header, pointsPossible, ...rows]);
}

export type RubricDetailRow = {
  studentName: string;
  studentId: string;
  item: string;
  kind: "debate" | "seminar";
  rubric: string;
  criterion: string;
  level: string | null;
  points: number;
  pointsPossible: number | null;
  comment: string;
};

export const rubricDetailHeader = ["Student", "ID", "Item", "Type", "Rubric", "Criterion", "Level", "Points", "Points Possible", "Comment"];

/**
 * One row per student × criterion of each final grade. This file is read by people, in a
 * spreadsheet, so it starts with a byte order mark: without it Excel shows "Ã©" for "é".
 */
export function rubricDetailCsv(rows: RubricDetailRow[]): string {
  return toCsv(
    [
      rubricDetailHeader,
      ...rows.map((row): CsvCell[] => [
        sortableName(row.studentName),
        row.studentId,
        row.item,
        row.kind === "debate" ? "Debate" : "Seminar",
        row.rubric,
        row.criterion,
        row.level,
        row.points,
        row.pointsPossible,
        row.comment === "" ? null : row.comment,
      ]),
    ],
    { withBom: true },
  );
}

/** "US–Russian Relations, 2026!" → "us-russian-relations-2026": a file name safe everywhere. */
export const fileSlug = (title: string): string => slugify(title, "course");
