import type { PromptKind, PromptStatus } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { positionsFor } from "@/server/services/reorder";

const promptSelect = { id: true, caseId: true, kind: true, text: true, status: true, position: true, postedAt: true } as const;

async function requireCase(db: Pick<Db, "case">, courseId: string, caseId: string) {
  const item = await db.case.findFirst({ where: { id: caseId, courseId }, select: { id: true } });
  if (!item) throw notFound("Case");
}

/** Every prompt of a case, drafts included: the staff view. */
export async function listPrompts(db: Db, input: { courseId: string; caseId: string }) {
  await requireCase(db, input.courseId, input.caseId);
  return db.prompt.findMany({
    where: { caseId: input.caseId },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: promptSelect,
  });
}

type PromptFields = { kind: PromptKind; text: string; status: PromptStatus };

export async function createPrompt(db: Db, input: { courseId: string; caseId: string; now: Date } & PromptFields) {
  return db.$transaction(async (tx) => {
    await requireCase(tx, input.courseId, input.caseId);
    const last = await tx.prompt.findFirst({ where: { caseId: input.caseId }, orderBy: { position: "desc" }, select: { position: true } });
    return tx.prompt.create({
      data: {
        caseId: input.caseId,
        kind: input.kind,
        text: input.text,
        status: input.status,
        postedAt: input.status === "POSTED" ? input.now : null,
        position: last ? last.position + 1 : 0,
      },
      select: promptSelect,
    });
  });
}

export async function updatePrompt(db: Db, input: { courseId: string; promptId: string; now: Date } & PromptFields) {
  const existing = await db.prompt.findFirst({
    where: { id: input.promptId, case: { courseId: input.courseId } },
    select: { status: true, postedAt: true },
  });
  if (!existing) throw notFound("Prompt");
  // postedAt records when the class first saw it; re-posting after a draft keeps the first date.
  const postedAt = input.status === "POSTED" ? (existing.postedAt ?? input.now) : existing.postedAt;
  return db.prompt.update({
    where: { id: input.promptId },
    data: { kind: input.kind, text: input.text, status: input.status, postedAt },
    select: promptSelect,
  });
}

export async function deletePrompt(db: Db, input: { courseId: string; promptId: string }) {
  const debates = await db.debate.count({ where: { courseId: input.courseId, promptId: input.promptId } });
  if (debates > 0) throw new AppError("PRECONDITION_FAILED", `${debates} debate(s) use this prompt; delete those debates first`);
  const { count } = await db.prompt.deleteMany({ where: { id: input.promptId, case: { courseId: input.courseId } } });
  if (count === 0) throw notFound("Prompt");
  return { id: input.promptId };
}

export async function reorderPrompts(db: Db, input: { courseId: string; caseId: string; promptIds: string[] }) {
  await db.$transaction(async (tx) => {
    await requireCase(tx, input.courseId, input.caseId);
    const existing = await tx.prompt.findMany({ where: { caseId: input.caseId }, select: { id: true } });
    const positions = positionsFor(existing.map((item) => item.id), input.promptIds, "promptIds");
    for (const { id, position } of positions) await tx.prompt.update({ where: { id }, data: { position } });
  });
  return { promptIds: input.promptIds };
}
