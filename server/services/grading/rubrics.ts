import type { Prisma } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { assertValidRubric, criterionWorth, type RubricDraft } from "@/server/domain/grading/rubric-rules";

type Tx = Prisma.TransactionClient;

const rubricSelect = {
  id: true,
  title: true,
  totalPoints: true,
  version: true,
  parentId: true,
  lockedAt: true,
  createdAt: true,
  next: { select: { id: true } },
  criteria: {
    orderBy: { position: "asc" },
    select: {
      id: true,
      name: true,
      description: true,
      weight: true,
      minPoints: true,
      maxPoints: true,
      levels: { orderBy: { position: "asc" }, select: { id: true, label: true, points: true, descriptor: true } },
    },
  },
} as const satisfies Prisma.RubricSelect;

export type RubricView = Awaited<ReturnType<typeof getRubric>>;

/** The course's current rubrics: the latest version of each (older versions stay readable by id). */
export async function listRubrics(db: Db, input: { courseId: string }) {
  const rubrics = await db.rubric.findMany({
    where: { courseId: input.courseId, next: { is: null } },
    orderBy: { createdAt: "asc" },
    select: { id: true, title: true, totalPoints: true, version: true, lockedAt: true, _count: { select: { criteria: true } } },
  });
  return rubrics.map(({ _count, lockedAt, ...rubric }) => ({ ...rubric, isLocked: lockedAt !== null, criterionCount: _count.criteria }));
}

export async function getRubric(db: Db | Tx, input: { courseId: string; rubricId: string }) {
  const rubric = await db.rubric.findFirst({ where: { id: input.rubricId, courseId: input.courseId }, select: rubricSelect });
  if (!rubric) throw notFound("Rubric");
  const { next, lockedAt, criteria, ...rest } = rubric;
  return {
    ...rest,
    isLocked: lockedAt !== null,
    isLatest: next === null,
    criteria: criteria.map((criterion) => ({ ...criterion, worth: criterionWorth(criterion.weight, rubric.totalPoints) })),
  };
}

function criteriaData(draft: RubricDraft) {
  return draft.criteria.map((criterion, position) => ({
    name: criterion.name,
    description: criterion.description,
    weight: criterion.weight,
    minPoints: criterion.minPoints,
    maxPoints: criterion.maxPoints,
    position,
    levels: { create: criterion.levels.map((level, levelPosition) => ({ ...level, position: levelPosition })) },
  }));
}

export async function insertRubric(tx: Tx, courseId: string, draft: RubricDraft, lineage: { version: number; parentId: string | null }) {
  return tx.rubric.create({
    data: { courseId, title: draft.title, totalPoints: draft.totalPoints, ...lineage, criteria: { create: criteriaData(draft) } },
    select: { id: true, version: true },
  });
}

export async function createRubric(db: Db, input: { courseId: string } & RubricDraft) {
  assertValidRubric(input);
  return db.$transaction((tx) => insertRubric(tx, input.courseId, input, { version: 1, parentId: null }));
}

/**
 * Saves an edit. A rubric nobody has graded with is changed in place; one that grading has
 * locked stays as it is and the edit becomes its next version, which the rounds and seminar
 * threads not yet graded with the old one move to.
 */
export async function updateRubric(db: Db, input: { courseId: string; rubricId: string } & RubricDraft) {
  assertValidRubric(input);
  return db.$transaction(async (tx) => {
    const current = await tx.rubric.findFirst({
      where: { id: input.rubricId, courseId: input.courseId },
      select: { id: true, version: true, lockedAt: true, next: { select: { version: true } }, _count: { select: { grades: true } } },
    });
    if (!current) throw notFound("Rubric");
    if (current.next) throw new AppError("CONFLICT", `This rubric has a newer version (${current.next.version}); edit that one`);

    if (current.lockedAt === null && current._count.grades === 0) {
      await tx.rubricCriterion.deleteMany({ where: { rubricId: current.id } });
      await tx.rubric.update({
        where: { id: current.id },
        data: { title: input.title, totalPoints: input.totalPoints, criteria: { create: criteriaData(input) } },
      });
      return { id: current.id, version: current.version, isNewVersion: false };
    }

    const next = await insertRubric(tx, input.courseId, input, { version: current.version + 1, parentId: current.id });
    await tx.roundRubric.updateMany({
      where: { rubricId: current.id, round: { submissions: { none: { grade: { isNot: null } } } } },
      data: { rubricId: next.id },
    });
    await tx.threadRubric.updateMany({ where: { rubricId: current.id, thread: { grades: { none: {} } } }, data: { rubricId: next.id } });
    return { id: next.id, version: next.version, isNewVersion: true };
  });
}

/** A fresh, unlocked copy to reuse and change: a rubric of its own, not a version of the original. */
export async function duplicateRubric(db: Db, input: { courseId: string; rubricId: string }) {
  const source = await getRubric(db, input);
  const draft: RubricDraft = {
    title: `${source.title} (copy)`.slice(0, 200),
    totalPoints: source.totalPoints,
    criteria: source.criteria.map((criterion) => ({
      name: criterion.name,
      description: criterion.description,
      weight: criterion.weight,
      minPoints: criterion.minPoints,
      maxPoints: criterion.maxPoints,
      levels: criterion.levels.map(({ label, points, descriptor }) => ({ label, points, descriptor })),
    })),
  };
  return db.$transaction((tx) => insertRubric(tx, input.courseId, draft, { version: 1, parentId: null }));
}

/** Grades a debate's rounds with a rubric: one round, or every round when roundId is null. */
export async function attachRubric(db: Db, input: { courseId: string; debateId: string; rubricId: string; roundId: string | null }) {
  const [debate, rubric] = await Promise.all([
    db.debate.findFirst({
      where: { id: input.debateId, courseId: input.courseId },
      select: { rounds: { where: input.roundId === null ? {} : { id: input.roundId }, select: { id: true } } },
    }),
    db.rubric.findFirst({ where: { id: input.rubricId, courseId: input.courseId }, select: { id: true } }),
  ]);
  if (!debate) throw notFound("Debate");
  if (!rubric) throw notFound("Rubric");
  if (debate.rounds.length === 0) throw notFound("Round");
  await db.$transaction(
    debate.rounds.map((round) =>
      db.roundRubric.upsert({ where: { roundId: round.id }, create: { roundId: round.id, rubricId: rubric.id }, update: { rubricId: rubric.id } }),
    ),
  );
  return { roundIds: debate.rounds.map((round) => round.id) };
}

/**
 * Grades participation in a seminar thread (a seminar prompt's thread, or one opened on a case)
 * with a rubric. Grades already given keep the rubric they were given with.
 */
export async function attachThreadRubric(db: Db, input: { courseId: string; threadId: string; rubricId: string }) {
  const [thread, rubric] = await Promise.all([
    db.thread.findFirst({ where: { id: input.threadId, courseId: input.courseId }, select: { id: true } }),
    db.rubric.findFirst({ where: { id: input.rubricId, courseId: input.courseId }, select: { id: true } }),
  ]);
  if (!thread) throw notFound("Thread");
  if (!rubric) throw notFound("Rubric");
  await db.threadRubric.upsert({ where: { threadId: thread.id }, create: { threadId: thread.id, rubricId: rubric.id }, update: { rubricId: rubric.id } });
  return { threadId: thread.id, rubricId: rubric.id };
}
