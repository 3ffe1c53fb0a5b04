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

/**
 * A student's released grades in a course: per graded submission of their teams, the team's
 * score, their own adjustment and score, and the rubric feedback. A grade changed after the
 * student could first see it is marked as regraded.
 */
export async function myGrades(db: Db, input: { courseId: string; userId: string }) {
  const grades = await db.grade.findMany({
    where: {
      status: "FINAL",
      submission: {
        team: { members: { some: { userId: input.userId } } },
        round: { debate: { courseId: input.courseId, gradeRelease: { isNot: null } } },
      },
    },
    orderBy: { submission: { frozenAt: "asc" } },
    select: {
      id: true,
      comment: true,
      finalizedAt: true,
      submission: {
        select: {
          id: true,
          team: { select: { name: true } },
          round: { select: { name: true, index: true, debate: { select: { id: true, title: true, gradeRelease: { select: { releasedAt: true } } } } } },
        },
      },
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
      adjustments: { where: { userId: input.userId }, select: { userId: true, points: true, reason: true } },
      changes: { orderBy: { createdAt: "desc" }, take: 1, select: { createdAt: true } },
    },
  });
  return grades.map((grade) => {
    // The query above reads submission grades only.
    const submission = grade.submission!;
    const { debate } = submission.round;
    const releasedAt = debate.gradeRelease!.releasedAt;
    const { teamScore } = gradeTotals(grade.rubric, grade.scores, []);
    const adjustment = grade.adjustments[0] ?? null;
    const lastChange = grade.changes[0]?.createdAt;
    // Students first saw the grade at release, or at finalizing when that came later.
    const firstShownAt = grade.finalizedAt && grade.finalizedAt > releasedAt ? grade.finalizedAt : releasedAt;
    return {
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
      isRegraded: lastChange !== undefined && lastChange > firstShownAt,
      criteria: grade.rubric.criteria.map((criterion) => {
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
      }),
    };
  });
}
