/**
 * Full-text search within a thesis (PostgreSQL: the paragraphs' generated tsvector, ts_rank,
 * ts_headline). Snippets come back as plain text with match offsets — never HTML — so the page
 * renders the highlights itself and nothing in a thesis can inject markup.
 */
import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";

// Private-use characters as highlight delimiters: they cannot occur in imported text meaningfully
// and are taken out of the snippet again below.
const startMark = "\uE000";
const stopMark = "\uE001";
const headlineOptions = `StartSel=${startMark}, StopSel=${stopMark}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;

export type SearchHit = {
  anchor: string;
  chapterId: string;
  sectionId: string | null;
  page: number | null;
  rank: number;
  /** Plain text; `matches` are [start, end) offsets into it. */
  snippet: string;
  matches: { start: number; end: number }[];
};

/** Takes the delimiters out of a ts_headline result and records where the matches were. */
export function readHeadline(headline: string): Pick<SearchHit, "snippet" | "matches"> {
  let snippet = "";
  const matches: SearchHit["matches"] = [];
  let start: number | null = null;
  for (const character of headline) {
    if (character === startMark) start = snippet.length;
    else if (character === stopMark) {
      if (start !== null && snippet.length > start) matches.push({ start, end: snippet.length });
      start = null;
    } else snippet += character;
  }
  return { snippet, matches };
}

export async function searchThesis(db: Db, input: { courseId: string; thesisId: string; query: string; limit: number }) {
  const thesis = await db.thesis.findFirst({ where: { id: input.thesisId, courseId: input.courseId }, select: { id: true } });
  if (!thesis) throw notFound("Thesis");
  const rows = await db.$queryRaw<{ anchor: string; chapterId: string; sectionId: string | null; page: number | null; rank: number; headline: string }[]>`
    WITH query AS (SELECT websearch_to_tsquery('english', ${input.query}) AS q)
    SELECT p.anchor, p."chapterId", p."sectionId", p.page, ts_rank(p.search, query.q)::float8 AS rank,
           ts_headline('english', replace(replace(p.text, ${startMark}, ''), ${stopMark}, ''), query.q, ${headlineOptions}) AS headline
    FROM "ThesisParagraph" p, query
    WHERE p."thesisId" = ${thesis.id} AND p.search @@ query.q
    ORDER BY rank DESC, p."order" ASC
    LIMIT ${input.limit}`;
  return rows.map(({ headline, ...row }): SearchHit => ({ ...row, rank: Number(row.rank), ...readHeadline(headline) }));
}
