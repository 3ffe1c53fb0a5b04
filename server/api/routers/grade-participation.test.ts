import { beforeEach, describe, expect, it } from "vitest";
import { makeParticipationWorld, type ParticipationWorld } from "@/server/testing/participation-world";
import { makeSeminarThread, makePost } from "@/server/services/seminar/testing/seminar-world";
import { errorOf } from "@/server/testing/errors";
import { callerFor, makeUser, testDb } from "@/server/testing/world";

let world: ParticipationWorld;
beforeEach(async () => {
  world = await makeParticipationWorld();
});

const ref = (overrides: Record<string, unknown> = {}) => ({ courseId: world.course.id, threadId: world.thread.id, studentId: world.student.id, ...overrides });

/** A complete participation grade: Accuracy "Proficient" (45), Evidence 25.5 points. */
function completeDraft(overrides: Record<string, unknown> = {}) {
  return {
    ...ref(),
    comment: "Argues from the case",
    scores: [
      { criterionId: world.rubric.accuracy.id, levelId: world.rubric.accuracy.levelIds[1]!, points: null, comment: "Mostly right" },
      { criterionId: world.rubric.evidence.id, levelId: null, points: 25.5, comment: "Cite the sources" },
    ],
    ...overrides,
  };
}

describe("rubric.attachThread", () => {
  it("attaches a rubric of the course to a thread of the course, and refuses another course's", async () => {
    const instructor = callerFor(world.instructor);
    const thread = await makeSeminarThread(world);
    expect(await instructor.rubric.attachThread({ courseId: world.course.id, threadId: thread.id, rubricId: world.rubric.id })).toEqual({
      threadId: thread.id,
      rubricId: world.rubric.id,
    });
    const queue = await instructor.grade.participationQueue({ courseId: world.course.id, threadId: thread.id });
    expect(queue.thread.rubric).toMatchObject({ id: world.rubric.id, title: "Argument rubric", totalPoints: 100 });

    const foreignThread = await makeSeminarThread({ course: world.otherCourse, case: world.otherCase, instructor: world.outsider });
    const foreign = await errorOf(instructor.rubric.attachThread({ courseId: world.course.id, threadId: foreignThread.id, rubricId: world.rubric.id }));
    expect(foreign).toMatchObject({ code: "NOT_FOUND", message: "Thread not found" });
    expect(await testDb().threadRubric.count({ where: { threadId: foreignThread.id } })).toBe(0);

    expect((await errorOf(callerFor(world.ta).rubric.attachThread({ courseId: world.course.id, threadId: thread.id, rubricId: world.rubric.id }))).code).toBe("FORBIDDEN");
  });
});

describe("grade.participationQueue", () => {
  it("lists every student of the course with their figures in the thread and their grade's state", async () => {
    const ta = callerFor(world.ta);
    await ta.grade.saveParticipationDraft(completeDraft());
    await ta.grade.finalizeParticipation(ref());
    await ta.grade.saveParticipationDraft(completeDraft({ studentId: world.teammate.id, scores: completeDraft().scores.slice(0, 1) }));

    const queue = await ta.grade.participationQueue({ courseId: world.course.id, threadId: world.thread.id });
    expect(queue.progress).toEqual({ final: 1, total: 4 });
    const rows = Object.fromEntries(queue.students.map((row) => [row.name, [row.posts, row.replies, row.repliesReceived, row.words, row.status, row.score]]));
    expect(rows).toEqual({
      "Sam Student": [2, 1, 1, 7, "FINAL", 70.5],
      "Tara Teammate": [1, 1, 1, 3, "DRAFT", 45],
      "Otto Opponent": [0, 0, 0, 0, "UNGRADED", null],
      "Olive Opponent": [0, 0, 0, 0, "UNGRADED", null],
    });
    expect(queue.students.every((row) => row.name !== "Ida Instructor" && row.name !== "Tom Assistant")).toBe(true);
  });
});

describe("grade.participationThreads", () => {
  it("lists the course's threads with their rubric, live posts and progress over its students", async () => {
    const ta = callerFor(world.ta);
    await ta.grade.saveParticipationDraft(completeDraft());
    await ta.grade.finalizeParticipation(ref());
    await ta.grade.saveParticipationDraft(completeDraft({ studentId: world.teammate.id }));
    const bare = await makeSeminarThread(world);
    const threads = await ta.grade.participationThreads({ courseId: world.course.id });
    expect(threads.map((thread) => [thread.id, thread.rubric?.id ?? null, thread.postCount, thread.progress, thread.releasedAt])).toEqual([
      [world.thread.id, world.rubric.id, 3, { final: 1, drafts: 1, total: 4 }, null],
      [bare.id, null, 0, { final: 0, drafts: 0, total: 4 }, null],
    ]);
    expect((await errorOf(callerFor(world.student).grade.participationThreads({ courseId: world.course.id }))).code).toBe("FORBIDDEN");
  });
});

describe("grade.getParticipation", () => {
  it("gives the grader the student's posts with what they reply to, the figures and the rubric", async () => {
    const view = await callerFor(world.ta).grade.getParticipation(ref());
    expect(view.student).toEqual({ id: world.student.id, name: "Sam Student" });
    expect(view.figures).toEqual({ posts: 2, replies: 1, repliesReceived: 1, words: 7 });
    expect(view.rubric.id).toBe(world.rubric.id);
    expect(view.grade).toBeNull();
    expect(view.posts.map(({ post, parent }) => [post.id, post.authorName, parent?.id ?? null, parent?.authorName ?? null])).toEqual([
      [world.posts.opening.id, "Sam Student", null, null],
      [world.posts.rejoinder.id, "Sam Student", world.posts.answer.id, "Tara Teammate"],
    ]);
    // Bodies are the allow-listed rich-text JSON the thread view renders, never HTML.
    expect(view.posts[1]!.post.body).toEqual({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Not in 1999." }] }] });
  });

  it("in blind mode leaves out the students' names", async () => {
    const view = await callerFor(world.ta).grade.getParticipation({ ...ref(), isBlind: true });
    expect(view.student.name).toBeNull();
    expect(view.posts.map(({ post, parent }) => [post.authorName, parent?.authorName ?? null])).toEqual([
      ["This student", null],
      ["This student", "Another student"],
    ]);
    expect(JSON.stringify(view)).not.toContain("Sam Student");
    expect(JSON.stringify(view)).not.toContain("Tara Teammate");
  });

  it("refuses a student who is not in the course, a thread of another course and a thread without a rubric", async () => {
    const ta = callerFor(world.ta);
    const stranger = await errorOf(ta.grade.getParticipation(ref({ studentId: world.outsider.id })));
    expect(stranger).toMatchObject({ code: "NOT_FOUND", message: "That student is not enrolled in this course" });
    const staff = await errorOf(ta.grade.getParticipation(ref({ studentId: world.instructor.id })));
    expect(staff.message).toBe("That student is not enrolled in this course");

    const foreignThread = await makeSeminarThread({ course: world.otherCourse, case: world.otherCase, instructor: world.outsider });
    const foreign = await errorOf(ta.grade.getParticipation(ref({ threadId: foreignThread.id })));
    expect(foreign).toMatchObject({ code: "NOT_FOUND", message: "Thread not found" });

    const bare = await makeSeminarThread(world);
    const noRubric = await errorOf(ta.grade.getParticipation(ref({ threadId: bare.id })));
    expect(noRubric).toMatchObject({ code: "PRECONDITION_FAILED", message: "Attach a rubric to this thread before grading it" });
  });
});

describe("grade.saveParticipationDraft", () => {
  it("saves the score, locks the rubric and records each change once", async () => {
    const ta = callerFor(world.ta);
    expect(await ta.grade.saveParticipationDraft(completeDraft())).toMatchObject({ changed: true });
    expect(await ta.grade.saveParticipationDraft(completeDraft())).toMatchObject({ changed: false });
    const { grade } = await ta.grade.getParticipation(ref());
    expect(grade).toMatchObject({ status: "DRAFT", comment: "Argues from the case", teamScore: 70.5, isComplete: true, adjustments: [] });
    expect((await ta.rubric.get({ courseId: world.course.id, rubricId: world.rubric.id })).isLocked).toBe(true);

    const history = await callerFor(world.instructor).grade.participationHistory(ref());
    expect(history.map((change) => [change.actor?.name, change.field, change.newValue])).toEqual([
      ["Tom Assistant", "comment", "Argues from the case"],
      ["Tom Assistant", "Accuracy: level", "Proficient"],
      ["Tom Assistant", "Accuracy: points", "45"],
      ["Tom Assistant", "Accuracy: comment", "Mostly right"],
      ["Tom Assistant", "Evidence: points", "25.5"],
      ["Tom Assistant", "Evidence: comment", "Cite the sources"],
    ]);
    expect((await errorOf(ta.grade.participationHistory(ref()))).code).toBe("FORBIDDEN");
  });

  it("stores nothing for bad input: a student outside the course, another course's thread, no rubric, points out of range", async () => {
    const ta = callerFor(world.ta);
    const outsider = await makeUser("Nina Nobody");
    expect((await errorOf(ta.grade.saveParticipationDraft(completeDraft({ studentId: outsider.id })))).message).toBe("That student is not enrolled in this course");

    const foreignThread = await makeSeminarThread({ course: world.otherCourse, case: world.otherCase, instructor: world.outsider });
    expect((await errorOf(ta.grade.saveParticipationDraft(completeDraft({ threadId: foreignThread.id })))).code).toBe("NOT_FOUND");

    const bare = await makeSeminarThread(world);
    await makePost(world, { threadId: bare.id, author: world.student });
    const noRubric = await errorOf(ta.grade.saveParticipationDraft(completeDraft({ threadId: bare.id })));
    expect(noRubric).toMatchObject({ code: "PRECONDITION_FAILED", message: "Attach a rubric to this thread before grading it" });

    const [accuracy, evidence] = completeDraft().scores;
    const outOfRange = await errorOf(ta.grade.saveParticipationDraft(completeDraft({ scores: [accuracy, { ...evidence, points: 5 }] })));
    expect(outOfRange).toMatchObject({ code: "BAD_REQUEST", message: 'scores.1.points: "Evidence" takes 10 to 40 points, not 5' });

    const tooLong = await errorOf(ta.grade.saveParticipationDraft(completeDraft({ comment: "x".repeat(10_001) })));
    expect(tooLong.code).toBe("BAD_REQUEST");

    const ofThisWorld = { thread: { courseId: { in: [world.course.id, world.otherCourse.id] } } };
    expect(await testDb().grade.count({ where: ofThisWorld })).toBe(0);
    expect(await testDb().gradeChange.count({ where: { grade: ofThisWorld } })).toBe(0);
  });

  it("lets only the course's instructors and TAs grade", async () => {
    expect((await errorOf(callerFor(world.student).grade.saveParticipationDraft(completeDraft()))).code).toBe("FORBIDDEN");
    expect((await errorOf(callerFor(world.outsider).grade.saveParticipationDraft(completeDraft()))).code).toBe("FORBIDDEN");
  });

  it("moves an ungraded thread to a rubric's new version, and keeps a graded one on the version it was graded with", async () => {
    const instructor = callerFor(world.instructor);
    const bare = await makeSeminarThread(world);
    await instructor.rubric.attachThread({ courseId: world.course.id, threadId: bare.id, rubricId: world.rubric.id });
    await instructor.grade.saveParticipationDraft(completeDraft());
    const { id: nextId, isNewVersion } = await instructor.rubric.update({
      courseId: world.course.id,
      rubricId: world.rubric.id,
      title: "Argument rubric, revised",
      totalPoints: 100,
      criteria: [{ name: "Overall", description: "", weight: 100, minPoints: null, maxPoints: null, levels: [{ label: "Done", points: 100, descriptor: "" }] }],
    });
    expect(isNewVersion).toBe(true);
    expect((await instructor.grade.participationQueue({ courseId: world.course.id, threadId: bare.id })).thread.rubric?.id).toBe(nextId);
    expect((await instructor.grade.getParticipation(ref())).rubric.id).toBe(world.rubric.id);
  });
});

describe("grade.finalizeParticipation", () => {
  it("needs a grade with every criterion scored, then marks it final", async () => {
    const ta = callerFor(world.ta);
    const ungraded = await errorOf(ta.grade.finalizeParticipation(ref()));
    expect(ungraded).toMatchObject({ code: "PRECONDITION_FAILED", message: "Grade this student's participation before finalizing it" });
    await ta.grade.saveParticipationDraft(completeDraft({ scores: completeDraft().scores.slice(1) }));
    const incomplete = await errorOf(ta.grade.finalizeParticipation(ref()));
    expect(incomplete.message).toBe("Score every criterion before finalizing; missing: Accuracy");

    await ta.grade.saveParticipationDraft(completeDraft());
    expect(await ta.grade.finalizeParticipation(ref())).toMatchObject({ status: "FINAL" });
    expect(await ta.grade.finalizeParticipation(ref())).toMatchObject({ status: "FINAL" });
    const history = await callerFor(world.instructor).grade.participationHistory(ref());
    expect(history.filter((change) => change.field === "status").map((change) => [change.oldValue, change.newValue])).toEqual([["DRAFT", "FINAL"]]);
  });
});

describe("grade.releaseThread and grade.mine", () => {
  it("shows students nothing before release, then their seminar grade beside their debate grades; a later change is marked regraded", async () => {
    const ta = callerFor(world.ta);
    const student = callerFor(world.student);
    await ta.grade.saveParticipationDraft(completeDraft());
    await ta.grade.finalizeParticipation(ref());
    await ta.grade.saveParticipationDraft(completeDraft({ studentId: world.teammate.id }));
    expect(await student.grade.mine({ courseId: world.course.id })).toEqual([]);

    const released = await callerFor(world.instructor).grade.releaseThread({ courseId: world.course.id, threadId: world.thread.id });
    expect(released).toMatchObject({ finalGrades: 1, draftGrades: 1 });
    const notified = await testDb().notification.findMany({ where: { kind: "GRADES_RELEASED", courseId: world.course.id }, select: { userId: true, title: true, href: true } });
    expect(notified).toEqual([{ userId: world.student.id, title: "Grades released: Was Kosovo a turning point?", href: `/courses/${world.course.id}/grades` }]);
    const again = await callerFor(world.instructor).grade.releaseThread({ courseId: world.course.id, threadId: world.thread.id });
    expect(again.releasedAt).toEqual(released.releasedAt);
    expect(await testDb().notification.count({ where: { kind: "GRADES_RELEASED", courseId: world.course.id } })).toBe(1);

    const mine = await student.grade.mine({ courseId: world.course.id });
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      kind: "seminar",
      thread: { id: world.thread.id, title: "Was Kosovo a turning point?" },
      rubricTitle: "Argument rubric",
      score: 70.5,
      totalPoints: 100,
      comment: "Argues from the case",
      isRegraded: false,
    });
    expect(mine[0]!.criteria.map((criterion) => [criterion.name, criterion.points, criterion.level?.label ?? null])).toEqual([
      ["Accuracy", 45, "Proficient"],
      ["Evidence", 25.5, null],
    ]);
    expect(await callerFor(world.teammate).grade.mine({ courseId: world.course.id })).toEqual([]);

    // A debate grade released too comes first, with its old fields and kind "debate".
    await ta.grade.saveDraft({ courseId: world.course.id, submissionId: world.realismSubmission.id, comment: "", scores: completeDraft().scores, adjustments: [] });
    await ta.grade.finalize({ courseId: world.course.id, submissionId: world.realismSubmission.id });
    await callerFor(world.instructor).grade.release({ courseId: world.course.id, debateId: world.debate.id });
    const both = await student.grade.mine({ courseId: world.course.id });
    expect(both.map((grade) => grade.kind)).toEqual(["debate", "seminar"]);
    expect(both[0]).toMatchObject({ kind: "debate", submissionId: world.realismSubmission.id, teamScore: 70.5, debate: { id: world.debate.id } });

    await new Promise((resolve) => setTimeout(resolve, 5));
    await ta.grade.saveParticipationDraft(completeDraft({ comment: "Argues well from the case" }));
    const regraded = (await student.grade.mine({ courseId: world.course.id })).find((grade) => grade.kind === "seminar");
    expect(regraded).toMatchObject({ comment: "Argues well from the case", isRegraded: true, score: 70.5 });
  });

  it("lets only instructors release, and reads another course's thread as not found", async () => {
    expect((await errorOf(callerFor(world.ta).grade.releaseThread({ courseId: world.course.id, threadId: world.thread.id }))).code).toBe("FORBIDDEN");
    const foreignThread = await makeSeminarThread({ course: world.otherCourse, case: world.otherCase, instructor: world.outsider });
    const foreign = await errorOf(callerFor(world.instructor).grade.releaseThread({ courseId: world.course.id, threadId: foreignThread.id }));
    expect(foreign).toMatchObject({ code: "NOT_FOUND", message: "Thread not found" });
    expect(await testDb().threadGradeRelease.count({ where: { thread: { courseId: { in: [world.course.id, world.otherCourse.id] } } } })).toBe(0);
  });
});
