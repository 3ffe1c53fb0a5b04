import type { Prisma } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";
import { criterionWorth } from "@/server/domain/grading/rubric-rules";
import { gradeTotals, studentScore } from "@/server/domain/grading/score";
import { notify } from "@/server/services/notification/notifications";

/**
 * Lets a debate's students see its final grades, and tells the students who have one. Releasing
 * again keeps the first release time (changes after it show as regrades) and notifies nobody.
 * Draft grades stay hidden until they are finalized.
 */
export async function releaseGrades(db: Db, input: { courseId: string; debateId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const debate = await tx.debate.findFirst({ where: { id: input.debateId, courseId: input.courseId }, select: { id: true, title: true } });
    if (!debate) throw notFound("Debate");
    const { count: isFirstRelease } = await tx.gradeRelease.createMany({ data: [{ debateId: debate.id, releasedAt: input.now }], skipDuplicates: true });
    const release = await tx.gradeRelease.findUniqueOrThrow({ where: { debateId: debate.id }, select: { releasedAt: true } });
    const counts = await tx.grade.groupBy({ by: ["status"], where: { submission: { round: { debateId: debate.id } } }, _count: { _all: true } });
    const countOf = (status: "DRAFT" | "FINAL") => counts.find((row) => row.status === status)?._count._all ?? 0;
    if (isFirstRelease) {
      const graded = await tx.teamMember.findMany({
        where: { debateId: debate.id, team: { submissions: { some: { grade: { status: "FINAL" } } } } },
        select: { userId: true },
      });
      await notify(
        tx,
        graded.map(({ userId }) => ({
          userId,
          courseId: input.courseId,
          kind: "GRADES_RELEASED" as const,
          title: `Grades released: ${debate.title}`,
          href: `/courses/${input.courseId}/debates/${debate.id}`,
        })),
      );
    }
    return { releasedAt: release.releasedAt, finalGrades: countOf("FINAL"), draftGrades: countOf("DRAFT") };
  });
}

/** Students first saw a grade at release, or at finalizing when that came later; a change after that is a regrade. */
function isRegraded(grade: { finalizedAt: Date | null; changes: { createdAt: Date }[] }, releasedAt: Date) {
  const lastChange = grade.changes[0]?.createdAt;
  const firstShownAt = grade.finalizedAt && grade.finalizedAt > releasedAt ? grade.finalizedAt : releasedAt;
  return lastChange !== undefined && lastChange > firstShownAt;
}

const feedbackSelect = {
  id: true,
  comment: true,
  finalizedAt: true,
  rubric: {
    select: {
      title: true,
      totalPoints: true,
      criteria: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, description: true, weight: true, levels: { orderBy: { position: "asc" }, select: { id: true, label: true, descriptor: true } } },
      },
    },
  },
  scores: { select: { criterionId: true, levelId: true, points: true, comment: true } },
  changes: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
} as const satisfies Prisma.GradeSelect;

function criteriaFeedback(grade: Prisma.GradeGetPayload<{ select: typeof feedbackSelect }>) {
  return grade.rubric.criteria.map((criterion) => {
    const score = grade.scores.find((candidate) => candidate.criterionId === criterion.id);
    const level = criterion.levels.find((candidate) => candidate.id === score?.levelId);
    return {
      name: criterion.name,
      description: criterion.description,
      worth: criterionWorth(criterion.weight, grade.rubric.totalPoints),
      points: score?.points ?? null,
      level: level ? { label: level.label, descriptor: level.descriptor } : null,
      comment: score?.comment ?? "",
    };
  });
}

/**
 * A student's released grades in a course. Debate grades: per graded submission of their teams,
 * the team's score, their own adjustment and score. Seminar grades: their participation in a
 * thread. Each with the rubric feedback; a grade changed after the student could first see it is
 * marked as regraded. Debates first (by round), then seminars (by thread).
 */
export async function myGrades(db: Db, input: { courseId: string; userId: string }) {
  const [debateGrades, seminarGrades] = await Promise.all([
    db.grade.findMany({
      where: {
        status: "FINAL",
        submission: {
          team: { members: { some: { userId: input.userId } } },
          round: { debate: { courseId: input.courseId, gradeRelease: { isNot: null } } },
        },
      },
      orderBy: { submission: { frozenAt: "asc" } },
      select: {
        ...feedbackSelect,
        submission: {
          select: {
            id: true,
            team: { select: { name: true } },
            round: { select: { name: true, index: true, debate: { select: { id: true, title: true, gradeRelease: { select: { releasedAt: true } } } } } },
          },
        },
        adjustments: { where: { userId: input.userId }, select: { userId: true, points: true, reason: true } },
      },
    }),
    db.grade.findMany({
      where: { status: "FINAL", studentId: input.userId, thread: { courseId: input.courseId, gradeRelease: { isNot: null } } },
      orderBy: [{ thread: { createdAt: "asc" } }, { id: "asc" }],
      select: { ...feedbackSelect, thread: { select: { id: true, title: true, gradeRelease: { select: { releasedAt: true } } } } },
    }),
  ]);
  const debates = debateGrades.map((grade) => {
    // The query above reads submission grades only.
    const submission = grade.submission!;
    const { debate } = submission.round;
    const releasedAt = debate.gradeRelease!.releasedAt;
    const { teamScore } = gradeTotals(grade.rubric, grade.scores, []);
    const adjustment = grade.adjustments[0] ?? null;
    return {
      kind: "debate" as const,
      gradeId: grade.id,
      submissionId: submission.id,
      debate: { id: debate.id, title: debate.title },
      round: { name: submission.round.name, index: submission.round.index },
      teamName: submission.team.name,
      rubricTitle: grade.rubric.title,
      totalPoints: grade.rubric.totalPoints,
      teamScore,
      adjustment: adjustment && { points: adjustment.points, reason: adjustment.reason },
      score: studentScore(teamScore, adjustment?.points ?? 0, grade.rubric.totalPoints),
      comment: grade.comment,
      releasedAt,
      isRegraded: isRegraded(grade, releasedAt),
      criteria: criteriaFeedback(grade),
    };
  });
  const seminars = seminarGrades.map((grade) => {
    // The query above reads participation grades only.
    const thread = grade.thread!;
    const releasedAt = thread.gradeRelease!.releasedAt;
    return {
      kind: "seminar" as const,
      gradeId: grade.id,
      thread: { id: thread.id, title: thread.title },
      rubricTitle: grade.rubric.title,
      totalPoints: grade.rubric.totalPoints,
      score: studentScore(gradeTotals(grade.rubric, grade.scores, []).teamScore, 0, grade.rubric.totalPoints),
      comment: grade.comment,
      releasedAt,
      isRegraded: isRegraded(grade, releasedAt),
      criteria: criteriaFeedback(grade),
    };
  });
  return [...debates, ...seminars];
}

export type MyGrade = Awaited<ReturnType<typeof myGrades>>[number];

/**
 * Lets a thread's students see their final participation grades, and tells the students who have
 * one, as releaseGrades does for a debate: releasing again keeps the first release time and
 * notifies nobody; drafts stay hidden until they are finalized.
 */
export async function releaseThreadGrades(db: Db, input: { courseId: string; threadId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const thread = await tx.thread.findFirst({ where: { id: input.threadId, courseId: input.courseId }, select: { id: true, title: true } });
    if (!thread) throw notFound("Thread");
    const { count: isFirstRelease } = await tx.threadGradeRelease.createMany({ data: [{ threadId: thread.id, releasedAt: input.now }], skipDuplicates: true });
    const release = await tx.threadGradeRelease.findUniqueOrThrow({ where: { threadId: thread.id }, select: { releasedAt: true } });
    const grades = await tx.grade.findMany({ where: { threadId: thread.id }, select: { studentId: true, status: true } });
    if (isFirstRelease) {
      await notify(
        tx,
        grades
          .filter((grade) => grade.status === "FINAL" && grade.studentId !== null)
          .map((grade) => ({
            userId: grade.studentId!,
            courseId: input.courseId,
            kind: "GRADES_RELEASED" as const,
            title: `Grades released: ${thread.title}`,
            href: `/courses/${input.courseId}/grades`,
          })),
      );
    }
    return {
      releasedAt: release.releasedAt,
      finalGrades: grades.filter((grade) => grade.status === "FINAL").length,
      draftGrades: grades.filter((grade) => grade.status === "DRAFT").length,
    };
  });
}
