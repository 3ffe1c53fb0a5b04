import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";
import { roundPoints } from "@/server/domain/grading/score";

/**
 * A debate's grading queue: every round's submissions with their grade's state and team score,
 * and progress (final / total). One query, whatever the number of teams.
 */
export async function gradingQueue(db: Db, input: { courseId: string; debateId: string }) {
  const debate = await db.debate.findFirst({
    where: { id: input.debateId, courseId: input.courseId },
    select: {
      id: true,
      title: true,
      gradeRelease: { select: { releasedAt: true } },
      rounds: {
        orderBy: { index: "asc" },
        select: {
          id: true,
          name: true,
          index: true,
          frozenAt: true,
          rubric: { select: { rubricId: true } },
          submissions: {
            orderBy: [{ team: { theoryId: "asc" } }, { team: { index: "asc" } }],
            select: {
              id: true,
              wordCount: true,
              team: { select: { id: true, name: true } },
              grade: { select: { status: true, updatedAt: true, rubric: { select: { totalPoints: true } }, scores: { select: { points: true } } } },
            },
          },
        },
      },
    },
  });
  if (!debate) throw notFound("Debate");
  const rounds = debate.rounds.map((round) => ({
    id: round.id,
    name: round.name,
    index: round.index,
    frozenAt: round.frozenAt,
    rubricId: round.rubric?.rubricId ?? null,
    submissions: round.submissions.map((submission) => ({
      id: submission.id,
      wordCount: submission.wordCount,
      team: submission.team,
      status: submission.grade?.status ?? ("UNGRADED" as const),
      teamScore: submission.grade ? roundPoints(submission.grade.scores.reduce((sum, score) => sum + score.points, 0)) : null,
      totalPoints: submission.grade?.rubric.totalPoints ?? null,
      gradedAt: submission.grade?.updatedAt ?? null,
    })),
  }));
  const submissions = rounds.flatMap((round) => round.submissions);
  return {
    debate: { id: debate.id, title: debate.title, releasedAt: debate.gradeRelease?.releasedAt ?? null },
    rounds,
    progress: { final: submissions.filter((submission) => submission.status === "FINAL").length, total: submissions.length },
  };
}
