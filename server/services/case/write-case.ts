import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { slugify, uniqueSlug } from "@/server/domain/slug";
import type { CaseFields } from "@/server/services/case/case-fields";
import { positionsFor } from "@/server/services/reorder";

function checkPeriod(fields: CaseFields) {
  if (fields.periodEnd < fields.periodStart) {
    throw new AppError("BAD_REQUEST", "periodEnd: the period cannot end before it starts", { field: "periodEnd" });
  }
}

function columns(fields: CaseFields) {
  return {
    title: fields.title,
    periodStart: fields.periodStart,
    periodEnd: fields.periodEnd,
    summary: fields.summary,
    keyEvents: fields.keyEvents,
    sources: fields.sources,
    ...(fields.thesisChapter !== undefined && { thesisChapter: fields.thesisChapter ?? undefined }),
    ...(fields.thesisVerdict !== undefined && { thesisVerdict: fields.thesisVerdict }),
    ...(fields.perTheory !== undefined && { perTheory: fields.perTheory }),
  };
}

/** A new case at the end of the course's list, with a slug unique in the course. */
export async function createCase(db: Db, input: { courseId: string } & CaseFields) {
  checkPeriod(input);
  return db.$transaction(async (tx) => {
    const existing = await tx.case.findMany({ where: { courseId: input.courseId }, select: { slug: true, position: true } });
    const slug = uniqueSlug(slugify(input.title), new Set(existing.map((item) => item.slug)));
    const position = existing.reduce((max, item) => Math.max(max, item.position + 1), 0);
    return tx.case.create({ data: { courseId: input.courseId, slug, position, ...columns(input) }, select: { id: true, slug: true } });
  });
}

export async function updateCase(db: Db, input: { courseId: string; caseId: string } & CaseFields) {
  checkPeriod(input);
  const { count } = await db.case.updateMany({ where: { id: input.caseId, courseId: input.courseId }, data: columns(input) });
  if (count === 0) throw notFound("Case");
  return { id: input.caseId };
}

/** Removes a case and its prompts, unless a debate was built on one of them. */
export async function deleteCase(db: Db, input: { courseId: string; caseId: string }) {
  const debates = await db.debate.count({ where: { courseId: input.courseId, prompt: { caseId: input.caseId } } });
  if (debates > 0) {
    throw new AppError("PRECONDITION_FAILED", `This case has ${debates} debate(s) built on its prompts; delete those debates first`);
  }
  const { count } = await db.case.deleteMany({ where: { id: input.caseId, courseId: input.courseId } });
  if (count === 0) throw notFound("Case");
  return { id: input.caseId };
}

export async function reorderCases(db: Db, input: { courseId: string; caseIds: string[] }) {
  await db.$transaction(async (tx) => {
    const existing = await tx.case.findMany({ where: { courseId: input.courseId }, select: { id: true } });
    const positions = positionsFor(existing.map((item) => item.id), input.caseIds, "caseIds");
    for (const { id, position } of positions) await tx.case.update({ where: { id }, data: { position } });
  });
  return { caseIds: input.caseIds };
}
