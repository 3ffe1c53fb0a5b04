import type { RubricDraft } from "@/server/domain/grading/rubric-rules";
import { freezeDueRounds } from "@/server/services/debate/round-control";
import { attachRubric, createRubric } from "@/server/services/grading/rubrics";
import { makeDebateWorld, type DebateWorld } from "@/server/testing/debate-world";
import { testDb } from "@/server/testing/world";

/** Two criteria worth 60 and 40 of 100 points; "Evidence" also takes any points from 10 to 40. */
export const testRubric: RubricDraft = {
  title: "Argument rubric",
  totalPoints: 100,
  criteria: [
    {
      name: "Accuracy",
      description: "States the theory correctly",
      weight: 60,
      minPoints: null,
      maxPoints: null,
      levels: [
        { label: "Exemplary", points: 60, descriptor: "Precise" },
        { label: "Proficient", points: 45, descriptor: "Mostly right" },
        { label: "Beginning", points: 20, descriptor: "Confused" },
      ],
    },
    {
      name: "Evidence",
      description: "Uses the case file",
      weight: 40,
      minPoints: 10,
      maxPoints: 40,
      levels: [
        { label: "Exemplary", points: 40, descriptor: "Well chosen" },
        { label: "Beginning", points: 10, descriptor: "Thin" },
      ],
    },
  ],
};

/**
 * makeDebateWorld() with its voting round frozen into submissions, and a rubric attached to the
 * whole debate. The realism team's submission credits the world's student with 300 characters
 * and the teammate with 100, as the co-editing history would.
 */
export async function makeGradingWorld(now = new Date()) {
  const world = await makeDebateWorld(now);
  const db = testDb();
  await freezeDueRounds(db, now);
  const rubric = await createRubric(db, { courseId: world.course.id, ...testRubric });
  await attachRubric(db, { courseId: world.course.id, debateId: world.debate.id, rubricId: rubric.id, roundId: null });
  const submissions = await db.submission.findMany({ where: { roundId: world.votingRound.id }, select: { id: true, teamId: true } });
  const realismSubmission = submissions.find((submission) => submission.teamId === world.realismTeam.id)!;
  const liberalismSubmission = submissions.find((submission) => submission.teamId === world.liberalismTeam.id)!;
  await db.submission.update({
    where: { id: realismSubmission.id },
    data: {
      contributions: [
        { userId: world.student.id, insertedCharacters: 300, deletedCharacters: 20, activeMinutes: 12 },
        { userId: world.teammate.id, insertedCharacters: 100, deletedCharacters: 0, activeMinutes: 5 },
      ],
    },
  });
  const criteria = await db.rubricCriterion.findMany({
    where: { rubricId: rubric.id },
    orderBy: { position: "asc" },
    select: { id: true, levels: { orderBy: { position: "asc" }, select: { id: true } } },
  });
  const [accuracy, evidence] = criteria.map((criterion) => ({ id: criterion.id, levelIds: criterion.levels.map((level) => level.id) }));
  return {
    ...world,
    rubric: { id: rubric.id, accuracy: accuracy!, evidence: evidence! },
    realismSubmission: { id: realismSubmission.id },
    liberalismSubmission: { id: liberalismSubmission.id },
  };
}

export type GradingWorld = Awaited<ReturnType<typeof makeGradingWorld>>;

/**
 * For tests that start from makeDebateWorld(): freezes its due rounds, attaches a fresh rubric to
 * the debate and returns the realism team's voting-round submission and a complete draft for it.
 */
export async function gradableSubmission(world: DebateWorld) {
  const db = testDb();
  await freezeDueRounds(db, new Date());
  const rubric = await createRubric(db, { courseId: world.course.id, ...testRubric });
  await attachRubric(db, { courseId: world.course.id, debateId: world.debate.id, rubricId: rubric.id, roundId: null });
  const submission = await db.submission.findUniqueOrThrow({
    where: { roundId_teamId: { roundId: world.votingRound.id, teamId: world.realismTeam.id } },
    select: { id: true, grade: { select: { rubricId: true } } },
  });
  const gradedWith = submission.grade?.rubricId ?? rubric.id;
  const criteria = await db.rubricCriterion.findMany({
    where: { rubricId: gradedWith },
    orderBy: { position: "asc" },
    select: { id: true, levels: { orderBy: { position: "asc" }, take: 1, select: { id: true } } },
  });
  const scores = criteria.map((criterion) => ({ criterionId: criterion.id, levelId: criterion.levels[0]!.id, points: null, comment: "" }));
  return { rubricId: rubric.id, submissionId: submission.id, completeDraft: { courseId: world.course.id, submissionId: submission.id, comment: "Good", scores, adjustments: [] } };
}
