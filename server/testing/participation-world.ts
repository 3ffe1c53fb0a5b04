import { createRubric, attachThreadRubric } from "@/server/services/grading/rubrics";
import { makePost, makeSeminarThread } from "@/server/services/seminar/testing/seminar-world";
import type { DebateWorld } from "@/server/testing/debate-world";
import { makeGradingWorld, testRubric } from "@/server/testing/grading-world";
import { testDb } from "@/server/testing/world";

/**
 * makeGradingWorld() plus a seminar thread graded with the world's rubric, in which the world's
 * student wrote a post and, to the teammate's answer, a reply.
 */
export async function makeParticipationWorld(now = new Date()) {
  const world = await makeGradingWorld(now);
  const thread = await makeSeminarThread(world);
  const opening = await makePost(world, { threadId: thread.id, author: world.student, text: "Power decides outcomes here." });
  const answer = await makePost(world, { threadId: thread.id, author: world.teammate, parentId: opening.id, text: "Institutions mattered more." });
  const rejoinder = await makePost(world, { threadId: thread.id, author: world.student, parentId: answer.id, text: "Not in 1999." });
  await attachThreadRubric(testDb(), { courseId: world.course.id, threadId: thread.id, rubricId: world.rubric.id });
  return { ...world, thread: { id: thread.id }, posts: { opening: { id: opening.id }, answer: { id: answer.id }, rejoinder: { id: rejoinder.id } } };
}

export type ParticipationWorld = Awaited<ReturnType<typeof makeParticipationWorld>>;

/**
 * For tests that start from makeDebateWorld(): a seminar thread with a post by the world's
 * student, a fresh rubric attached to it, and a complete participation draft for that student.
 */
export async function gradableParticipation(world: DebateWorld) {
  const db = testDb();
  const thread = await makeSeminarThread(world);
  await makePost(world, { threadId: thread.id, author: world.student });
  const rubric = await createRubric(db, { courseId: world.course.id, ...testRubric });
  await attachThreadRubric(db, { courseId: world.course.id, threadId: thread.id, rubricId: rubric.id });
  const criteria = await db.rubricCriterion.findMany({
    where: { rubricId: rubric.id },
    orderBy: { position: "asc" },
    select: { id: true, levels: { orderBy: { position: "asc" }, take: 1, select: { id: true } } },
  });
  const scores = criteria.map((criterion) => ({ criterionId: criterion.id, levelId: criterion.levels[0]!.id, points: null, comment: "" }));
  const ref = { courseId: world.course.id, threadId: thread.id, studentId: world.student.id };
  return { rubricId: rubric.id, threadId: thread.id, ref, completeDraft: { ...ref, comment: "Engaged", scores } };
}
