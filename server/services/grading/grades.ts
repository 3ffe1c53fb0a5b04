import { z } from "zod";
import type { Prisma } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { gradeChanges, type GradeState } from "@/server/domain/grading/grade-changes";
import { criterionPoints, gradeTotals } from "@/server/domain/grading/score";
import { getRubric, type RubricView } from "@/server/services/grading/rubrics";

type Tx = Prisma.TransactionClient;

const contributionsSchema = z.array(
  z.object({ userId: z.string().nullable(), insertedCharacters: z.number(), deletedCharacters: z.number(), activeMinutes: z.number() }),
);

export const gradeSelect = {
  id: true,
  rubricId: true,
  status: true,
  comment: true,
  finalizedAt: true,
  updatedAt: true,
  scores: { select: { criterionId: true, levelId: true, points: true, comment: true } },
  adjustments: { select: { userId: true, points: true, reason: true } },
} as const satisfies Prisma.GradeSelect;

export type StoredGrade = Prisma.GradeGetPayload<{ select: typeof gradeSelect }>;

/** A submission of the course, with what grading it needs; another course's reads as not found. */
async function findSubmission(db: Db | Tx, input: { courseId: string; submissionId: string }) {
  const submission = await db.submission.findFirst({
    where: { id: input.submissionId, round: { debate: { courseId: input.courseId } } },
    select: {
      id: true,
      content: true,
      plainText: true,
      wordCount: true,
      contributions: true,
      frozenAt: true,
      round: { select: { id: true, name: true, index: true, rubric: { select: { rubricId: true } }, debate: { select: { id: true, title: true } } } },
      team: { select: { id: true, name: true, members: { select: { user: { select: { id: true, name: true } } }, orderBy: { user: { name: "asc" } } } } },
      grade: { select: gradeSelect },
    },
  });
  if (!submission) throw notFound("Submission");
  return submission;
}

function rubricIdFor(submission: Awaited<ReturnType<typeof findSubmission>>): string {
  const rubricId = submission.grade?.rubricId ?? submission.round.rubric?.rubricId;
  if (!rubricId) throw new AppError("PRECONDITION_FAILED", "Attach a rubric to this round before grading it");
  return rubricId;
}

export function describeGrade(rubric: RubricView, grade: StoredGrade) {
  const totals = gradeTotals(rubric, grade.scores, grade.adjustments);
  return {
    id: grade.id,
    status: grade.status,
    comment: grade.comment,
    finalizedAt: grade.finalizedAt,
    updatedAt: grade.updatedAt,
    scores: grade.scores,
    adjustments: grade.adjustments.map((adjustment) => ({ ...adjustment, score: totals.studentScores.get(adjustment.userId)! })),
    teamScore: totals.teamScore,
    isComplete: totals.isComplete,
    missingCriteria: totals.missingCriteria,
  };
}

/**
 * What a grader needs beside the frozen argument: the rubric, the grade so far, and each team
 * member's contribution figures from the co-editing history (with their share of surviving text).
 * Blind: no team or student names, and members in an order that does not follow their names.
 */
export async function getGradingView(db: Db, input: { courseId: string; submissionId: string; isBlind?: boolean }) {
  const submission = await findSubmission(db, input);
  const rubric = await getRubric(db, { courseId: input.courseId, rubricId: rubricIdFor(submission) });
  const parsed = contributionsSchema.safeParse(submission.contributions);
  const contributions = parsed.success ? parsed.data : [];
  const totalInserted = contributions.reduce((sum, entry) => sum + entry.insertedCharacters, 0);
  return {
    submission: {
      id: submission.id,
      content: submission.content,
      plainText: submission.plainText,
      wordCount: submission.wordCount,
      frozenAt: submission.frozenAt,
      round: { id: submission.round.id, name: submission.round.name, index: submission.round.index },
      debate: submission.round.debate,
      team: { id: submission.team.id, name: input.isBlind ? null : submission.team.name },
    },
    members: (input.isBlind ? [...submission.team.members].sort((a, b) => a.user.id.localeCompare(b.user.id)) : submission.team.members).map(({ user }, index) => {
      const entry = contributions.find((candidate) => candidate.userId === user.id);
      const insertedCharacters = entry?.insertedCharacters ?? 0;
      return {
        userId: user.id,
        name: input.isBlind ? `Student ${index + 1}` : user.name,
        insertedCharacters,
        deletedCharacters: entry?.deletedCharacters ?? 0,
        activeMinutes: entry?.activeMinutes ?? 0,
        sharePercent: totalInserted === 0 ? 0 : Math.round((insertedCharacters / totalInserted) * 1000) / 10,
      };
    }),
    rubric,
    grade: submission.grade ? describeGrade(rubric, submission.grade) : null,
  };
}

export type ScoreDraft = { criterionId: string; levelId: string | null; points: number | null; comment: string };
export type AdjustmentDraft = { userId: string; points: number; reason: string };

export type GradeDraftInput = {
  courseId: string;
  submissionId: string;
  comment: string;
  scores: ScoreDraft[];
  adjustments: AdjustmentDraft[];
};

/**
 * What a grade is about, as saving and finalizing see it: a team's submission or one student's
 * participation in a thread. The rest of the flow (rubric lock, audit, final state) is shared.
 */
export type GradeTarget = {
  key: { submissionId: string } | { threadId: string; studentId: string };
  grade: StoredGrade | null;
  rubricId: string;
  /** The students an adjustment may name, id → name (a team's members; nobody for participation). */
  adjustable: Map<string, string>;
  /** "this submission", "this student's participation": for the finalize-before-grading message. */
  noun: string;
};

function submissionTarget(submission: Awaited<ReturnType<typeof findSubmission>>): GradeTarget {
  return {
    key: { submissionId: submission.id },
    grade: submission.grade,
    rubricId: rubricIdFor(submission),
    adjustable: new Map(submission.team.members.map(({ user }) => [user.id, user.name])),
    noun: "this submission",
  };
}

/** The audit view of a grade: names instead of ids, so history reads without joins. */
function stateOf(rubric: RubricView, names: Map<string, string>, grade: Pick<StoredGrade, "status" | "comment" | "scores" | "adjustments">): GradeState {
  return {
    status: grade.status,
    comment: grade.comment,
    scores: grade.scores.map((score) => {
      const criterion = rubric.criteria.find((candidate) => candidate.id === score.criterionId);
      return {
        criterion: criterion?.name ?? score.criterionId,
        level: criterion?.levels.find((level) => level.id === score.levelId)?.label ?? null,
        points: score.points,
        comment: score.comment,
      };
    }),
    adjustments: grade.adjustments.map((adjustment) => ({ student: names.get(adjustment.userId) ?? adjustment.userId, points: adjustment.points, reason: adjustment.reason })),
  };
}

/**
 * Saves the grader's whole current state of a grade for any target, inside the caller's
 * transaction: the first save creates the grade and locks its rubric; every save records the
 * fields that changed. A finalized grade stays final; after release its students see it as regraded.
 */
export async function writeGradeDraft(
  tx: Tx,
  target: GradeTarget,
  input: { courseId: string; comment: string; scores: ScoreDraft[]; adjustments: AdjustmentDraft[]; actorId: string; now: Date },
) {
  const rubric = await getRubric(tx, { courseId: input.courseId, rubricId: target.rubricId });
  const names = target.adjustable;

  const seen = new Set<string>();
  const scores = input.scores.map((score, index) => {
    const field = `scores.${index}`;
    const criterion = rubric.criteria.find((candidate) => candidate.id === score.criterionId);
    if (!criterion) throw new AppError("BAD_REQUEST", `${field}.criterionId: not a criterion of this rubric`, { field: `${field}.criterionId` });
    if (seen.has(criterion.id)) throw new AppError("BAD_REQUEST", `${field}.criterionId: "${criterion.name}" is scored twice`, { field: `${field}.criterionId` });
    seen.add(criterion.id);
    return { criterionId: criterion.id, levelId: score.levelId, points: criterionPoints(criterion, score, field), comment: score.comment };
  });
  const adjusted = new Set<string>();
  input.adjustments.forEach((adjustment, index) => {
    const field = `adjustments.${index}.userId`;
    if (!names.has(adjustment.userId)) throw new AppError("BAD_REQUEST", `${field}: not a member of this team`, { field });
    if (adjusted.has(adjustment.userId)) throw new AppError("BAD_REQUEST", `${field}: this student is adjusted twice`, { field });
    adjusted.add(adjustment.userId);
  });

  const before = target.grade;
  const after = { status: before?.status ?? ("DRAFT" as const), comment: input.comment, scores, adjustments: input.adjustments };
  const changes = gradeChanges(before ? stateOf(rubric, names, before) : null, stateOf(rubric, names, after));
  if (before && changes.length === 0) return { id: before.id, changed: false };

  const grade = await tx.grade.upsert({
    where: "submissionId" in target.key ? { submissionId: target.key.submissionId } : { threadId_studentId: target.key },
    create: { ...target.key, rubricId: rubric.id, comment: input.comment },
    update: { comment: input.comment },
    select: { id: true },
  });
  await tx.rubric.updateMany({ where: { id: rubric.id, lockedAt: null }, data: { lockedAt: input.now } });
  await tx.criterionScore.deleteMany({ where: { gradeId: grade.id, criterionId: { notIn: scores.map((score) => score.criterionId) } } });
  for (const score of scores) {
    await tx.criterionScore.upsert({
      where: { gradeId_criterionId: { gradeId: grade.id, criterionId: score.criterionId } },
      create: { gradeId: grade.id, ...score },
      update: { levelId: score.levelId, points: score.points, comment: score.comment },
    });
  }
  await tx.studentAdjustment.deleteMany({ where: { gradeId: grade.id } });
  if (input.adjustments.length > 0) await tx.studentAdjustment.createMany({ data: input.adjustments.map((adjustment) => ({ gradeId: grade.id, ...adjustment })) });
  await tx.gradeChange.createMany({ data: changes.map((change) => ({ gradeId: grade.id, actorId: input.actorId, createdAt: input.now, ...change })) });
  return { id: grade.id, changed: true };
}

/** Marks a target's complete grade final, inside the caller's transaction; doing it again changes nothing. */
export async function finalizeTargetGrade(tx: Tx, target: Pick<GradeTarget, "grade" | "noun">, input: { courseId: string; actorId: string; now: Date }) {
  const grade = target.grade;
  if (!grade) throw new AppError("PRECONDITION_FAILED", `Grade ${target.noun} before finalizing it`);
  if (grade.status === "FINAL") return { id: grade.id, status: grade.status };
  const rubric = await getRubric(tx, { courseId: input.courseId, rubricId: grade.rubricId });
  const { missingCriteria } = gradeTotals(rubric, grade.scores, grade.adjustments);
  if (missingCriteria.length > 0) throw new AppError("PRECONDITION_FAILED", `Score every criterion before finalizing; missing: ${missingCriteria.join(", ")}`);
  await tx.grade.update({ where: { id: grade.id }, data: { status: "FINAL", finalizedAt: input.now } });
  await tx.gradeChange.create({ data: { gradeId: grade.id, actorId: input.actorId, field: "status", oldValue: "DRAFT", newValue: "FINAL", createdAt: input.now } });
  return { id: grade.id, status: "FINAL" as const };
}

/** Saves a submission's grade draft (autosave sends the whole state as often as it likes). */
export async function saveGradeDraft(db: Db, input: GradeDraftInput & { actorId: string; now: Date }) {
  return db.$transaction(async (tx) => writeGradeDraft(tx, submissionTarget(await findSubmission(tx, input)), input));
}

/** Marks a submission's complete grade final; doing it again changes nothing. */
export async function finalizeGrade(db: Db, input: { courseId: string; submissionId: string; actorId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const submission = await findSubmission(tx, input);
    return finalizeTargetGrade(tx, { grade: submission.grade, noun: "this submission" }, input);
  });
}

/** A grade's recorded changes, oldest first. */
export async function changesOf(db: Db, gradeId: string) {
  return db.gradeChange.findMany({
    where: { gradeId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, field: true, oldValue: true, newValue: true, createdAt: true, actor: { select: { id: true, name: true } } },
  });
}

/** Every recorded change to a submission's grade, oldest first. */
export async function gradeHistory(db: Db, input: { courseId: string; submissionId: string }) {
  const submission = await db.submission.findFirst({
    where: { id: input.submissionId, round: { debate: { courseId: input.courseId } } },
    select: { grade: { select: { id: true } } },
  });
  if (!submission) throw notFound("Submission");
  if (!submission.grade) return [];
  return changesOf(db, submission.grade.id);
}
