/**
 * Cases and prompts made from thesis passages. An excerpt names its paragraph by anchor (stable
 * across re-imports) and keeps the quoted words, which must come from that paragraph.
 */
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import type { CaseFields } from "@/server/services/case/case-fields";
import { createCase } from "@/server/services/case/write-case";
import { createPrompt } from "@/server/services/prompt/prompts";

export type ExcerptChoice = { anchor: string; quote: string | null };

const squeeze = (text: string) => text.replace(/\s+/g, " ").trim();

/** Checks every chosen passage against the thesis and returns the rows to store. */
async function resolveExcerpts(db: Db, input: { courseId: string; thesisId: string; excerpts: ExcerptChoice[] }) {
  const thesis = await db.thesis.findFirst({ where: { id: input.thesisId, courseId: input.courseId }, select: { id: true } });
  if (!thesis) throw notFound("Thesis");
  const paragraphs = await db.thesisParagraph.findMany({
    where: { thesisId: thesis.id, anchor: { in: input.excerpts.map((excerpt) => excerpt.anchor) } },
    select: { anchor: true, text: true },
  });
  const byAnchor = new Map(paragraphs.map((paragraph) => [paragraph.anchor, paragraph.text]));
  return input.excerpts.map((excerpt, position) => {
    const text = byAnchor.get(excerpt.anchor);
    if (text === undefined) throw new AppError("BAD_REQUEST", `The passage ${excerpt.anchor} is not in this thesis (it may have changed in a re-import).`, { field: "excerpts" });
    const quote = excerpt.quote ? squeeze(excerpt.quote) : text;
    if (!squeeze(text).includes(quote)) throw new AppError("BAD_REQUEST", `The quoted words are not in passage ${excerpt.anchor}.`, { field: "excerpts" });
    return { thesisId: thesis.id, anchor: excerpt.anchor, quote, position };
  });
}

export async function createCaseFromThesis(db: Db, input: { courseId: string; thesisId: string; excerpts: ExcerptChoice[] } & CaseFields) {
  const { thesisId, excerpts, ...fields } = input;
  const rows = await resolveExcerpts(db, { courseId: input.courseId, thesisId, excerpts });
  const created = await createCase(db, fields);
  await db.thesisExcerpt.createMany({ data: rows.map((row) => ({ ...row, caseId: created.id })) });
  return { ...created, excerptCount: rows.length };
}

export async function createPromptFromThesis(
  db: Db,
  input: { courseId: string; caseId: string; thesisId: string; kind: "DEBATE" | "SEMINAR"; text: string; status: "DRAFT" | "POSTED"; excerpts: ExcerptChoice[]; now: Date },
) {
  const { thesisId, excerpts, ...fields } = input;
  const rows = await resolveExcerpts(db, { courseId: input.courseId, thesisId, excerpts });
  const created = await createPrompt(db, fields);
  await db.thesisExcerpt.createMany({ data: rows.map((row) => ({ ...row, promptId: created.id })) });
  return { ...created, excerptCount: rows.length };
}

/**
 * A case's or a prompt's excerpts, with where each passage now sits in the reader (null when a
 * re-import no longer has that paragraph: the quote is still shown).
 */
export async function excerptsFor(db: Db, input: { courseId: string; caseId: string | null; promptId: string | null }) {
  if (!input.caseId === !input.promptId) throw new AppError("BAD_REQUEST", "Give either a case or a prompt");
  const target = input.caseId
    ? await db.case.findFirst({ where: { id: input.caseId, courseId: input.courseId }, select: { id: true } })
    : await db.prompt.findFirst({ where: { id: input.promptId!, case: { courseId: input.courseId } }, select: { id: true } });
  if (!target) throw notFound(input.caseId ? "Case" : "Prompt");
  const excerpts = await db.thesisExcerpt.findMany({
    where: input.caseId ? { caseId: target.id } : { promptId: target.id },
    orderBy: { position: "asc" },
    select: { id: true, thesisId: true, anchor: true, quote: true, thesis: { select: { title: true } } },
  });
  const places = await db.thesisParagraph.findMany({
    where: { OR: excerpts.map((excerpt) => ({ thesisId: excerpt.thesisId, anchor: excerpt.anchor })) },
    select: { thesisId: true, anchor: true, chapterId: true, sectionId: true, page: true },
  });
  const placeOf = new Map(places.map((place) => [`${place.thesisId}/${place.anchor}`, place]));
  return excerpts.map(({ thesis, ...excerpt }) => {
    const place = placeOf.get(`${excerpt.thesisId}/${excerpt.anchor}`);
    return { ...excerpt, thesisTitle: thesis.title, location: place ? { chapterId: place.chapterId, sectionId: place.sectionId, page: place.page } : null };
  });
}
