import { beforeEach, describe, expect, it } from "vitest";
import { makeGradingWorld, type GradingWorld } from "@/server/testing/grading-world";
import { errorOf } from "@/server/testing/errors";
import { callerFor, testDb } from "@/server/testing/world";

let world: GradingWorld;
beforeEach(async () => {
  world = await makeGradingWorld();
});

/** A complete grade: Accuracy "Proficient" (45), Evidence 25.5 points, the world's student docked 5. */
function completeDraft(overrides: Record<string, unknown> = {}) {
  return {
    courseId: world.course.id,
    submissionId: world.realismSubmission.id,
    comment: "A clear opening",
    scores: [
      { criterionId: world.rubric.accuracy.id, levelId: world.rubric.accuracy.levelIds[1]!, points: null, comment: "Mostly right" },
      { criterionId: world.rubric.evidence.id, levelId: null, points: 25.5, comment: "Cite the sources" },
    ],
    adjustments: [{ userId: world.student.id, points: -5, reason: "Joined late" }],
    ...overrides,
  };
}

describe("grade.get", () => {
  it("gives the grader the frozen argument, the rubric and each member's contribution figures", async () => {
    const view = await callerFor(world.ta).grade.get({ courseId: world.course.id, submissionId: world.realismSubmission.id });
    expect(view.submission).toMatchObject({ id: world.realismSubmission.id, round: { id: world.votingRound.id, name: "Opening" }, team: { id: world.realismTeam.id } });
    expect(view.rubric.id).toBe(world.rubric.id);
    expect(view.grade).toBeNull();
    expect(view.members.map((member) => [member.userId, member.insertedCharacters, member.activeMinutes, member.sharePercent]).sort()).toEqual(
      [
        [world.student.id, 300, 12, 75],
        [world.teammate.id, 100, 5, 25],
      ].sort(),
    );
  });

  it("in blind mode leaves out the team's and students' names", async () => {
    const view = await callerFor(world.ta).grade.get({ courseId: world.course.id, submissionId: world.realismSubmission.id, isBlind: true });
    expect(view.submission.team.name).toBeNull();
    expect(view.members.map((member) => member.name)).toEqual(["Student 1", "Student 2"]);
    expect(JSON.stringify(view)).not.toContain("Sam Student");
  });

  it("asks for a rubric first, and reads another course's submission as not found", async () => {
    await testDb().roundRubric.deleteMany({ where: { roundId: world.votingRound.id } });
    const noRubric = await errorOf(callerFor(world.ta).grade.get({ courseId: world.course.id, submissionId: world.liberalismSubmission.id }));
    expect(noRubric).toMatchObject({ code: "PRECONDITION_FAILED", message: "Attach a rubric to this round before grading it" });

    const foreign = await errorOf(callerFor(world.outsider).grade.get({ courseId: world.otherCourse.id, submissionId: world.realismSubmission.id }));
    expect(foreign.code).toBe("NOT_FOUND");
  });
});

describe("grade.saveDraft", () => {
  it("saves the team score with level points, points in range and each adjusted student's score", async () => {
    const caller = callerFor(world.ta);
    await caller.grade.saveDraft(completeDraft());
    const { grade } = await caller.grade.get({ courseId: world.course.id, submissionId: world.realismSubmission.id });
    expect(grade).toMatchObject({ status: "DRAFT", comment: "A clear opening", teamScore: 70.5, isComplete: true });
    expect(grade!.adjustments).toEqual([{ userId: world.student.id, points: -5, reason: "Joined late", score: 65.5 }]);
  });

  it("is idempotent: saving the same state again records no change", async () => {
    const caller = callerFor(world.ta);
    expect(await caller.grade.saveDraft(completeDraft())).toMatchObject({ changed: true });
    expect(await caller.grade.saveDraft(completeDraft())).toMatchObject({ changed: false });
    const history = await callerFor(world.instructor).grade.history({ courseId: world.course.id, submissionId: world.realismSubmission.id });
    expect(history.map((change) => change.field)).toEqual([
      "comment",
      "Accuracy: level",
      "Accuracy: points",
      "Accuracy: comment",
      "Evidence: points",
      "Evidence: comment",
      "Adjustment for Sam Student: points",
      "Adjustment for Sam Student: reason",
    ]);
  });

  it("refuses points outside a criterion's range, a level of another criterion and a student of another team", async () => {
    const caller = callerFor(world.ta);
    const [accuracy, evidence] = completeDraft().scores;
    const outOfRange = await errorOf(caller.grade.saveDraft(completeDraft({ scores: [accuracy, { ...evidence, points: 5 }] })));
    expect(outOfRange).toMatchObject({ code: "BAD_REQUEST", message: 'scores.1.points: "Evidence" takes 10 to 40 points, not 5' });

    const wrongLevel = await errorOf(caller.grade.saveDraft(completeDraft({ scores: [{ ...accuracy, levelId: world.rubric.evidence.levelIds[0] }] })));
    expect(wrongLevel.message).toBe(`scores.0.levelId: that level is not one of "Accuracy"'s`);

    const stranger = await errorOf(caller.grade.saveDraft(completeDraft({ adjustments: [{ userId: world.opponent.id, points: 1, reason: "" }] })));
    expect(stranger.message).toBe("adjustments.0.userId: not a member of this team");
    expect(await testDb().grade.count({ where: { submissionId: world.realismSubmission.id } })).toBe(0);
  });

  it("lets only the course's instructors and TAs grade", async () => {
    const denied = await errorOf(callerFor(world.student).grade.saveDraft(completeDraft()));
    expect(denied.code).toBe("FORBIDDEN");
  });
});

describe("grade.queue", () => {
  it("lists every round's submissions with their grade's state, and progress", async () => {
    const ta = callerFor(world.ta);
    await ta.grade.saveDraft(completeDraft());
    await ta.grade.finalize({ courseId: world.course.id, submissionId: world.realismSubmission.id });
    await ta.grade.saveDraft(completeDraft({ submissionId: world.liberalismSubmission.id, scores: completeDraft().scores.slice(0, 1), adjustments: [] }));

    const queue = await ta.grade.queue({ courseId: world.course.id, debateId: world.debate.id });
    expect(queue.progress).toEqual({ final: 1, total: 2 });
    expect(queue.rounds.map((round) => [round.name, round.rubricId, round.submissions.length])).toEqual([
      ["Opening", world.rubric.id, 2],
      ["Rebuttal", world.rubric.id, 0],
      ["Closing", world.rubric.id, 0],
    ]);
    const states = Object.fromEntries(queue.rounds[0]!.submissions.map((submission) => [submission.id, [submission.status, submission.teamScore]]));
    expect(states).toEqual({ [world.realismSubmission.id]: ["FINAL", 70.5], [world.liberalismSubmission.id]: ["DRAFT", 45] });
  });
});

describe("grade.finalize", () => {
  it("needs every criterion scored, then marks the grade final", async () => {
    const caller = callerFor(world.ta);
    await caller.grade.saveDraft(completeDraft({ scores: completeDraft().scores.slice(0, 1) }));
    const incomplete = await errorOf(caller.grade.finalize({ courseId: world.course.id, submissionId: world.realismSubmission.id }));
    expect(incomplete).toMatchObject({ code: "PRECONDITION_FAILED", message: "Score every criterion before finalizing; missing: Evidence" });

    await caller.grade.saveDraft(completeDraft());
    expect(await caller.grade.finalize({ courseId: world.course.id, submissionId: world.realismSubmission.id })).toMatchObject({ status: "FINAL" });
    expect(await caller.grade.finalize({ courseId: world.course.id, submissionId: world.realismSubmission.id })).toMatchObject({ status: "FINAL" });
  });
});

describe("grade.release and grade.mine", () => {
  it("shows students nothing before release, then their score and feedback; a later change is marked regraded", async () => {
    const ta = callerFor(world.ta);
    const student = callerFor(world.student);
    await ta.grade.saveDraft(completeDraft());
    await ta.grade.finalize({ courseId: world.course.id, submissionId: world.realismSubmission.id });
    expect(await student.grade.mine({ courseId: world.course.id })).toEqual([]);

    const released = await callerFor(world.instructor).grade.release({ courseId: world.course.id, debateId: world.debate.id });
    expect(released).toMatchObject({ finalGrades: 1, draftGrades: 0 });
    const notified = await testDb().notification.findMany({ where: { kind: "GRADES_RELEASED", courseId: world.course.id }, select: { userId: true } });
    expect(notified.map((row) => row.userId).sort()).toEqual([world.student.id, world.teammate.id].sort());
    const again = await callerFor(world.instructor).grade.release({ courseId: world.course.id, debateId: world.debate.id });
    expect(again.releasedAt).toEqual(released.releasedAt);
    expect(await testDb().notification.count({ where: { kind: "GRADES_RELEASED", courseId: world.course.id } })).toBe(2);

    const [mine] = await student.grade.mine({ courseId: world.course.id });
    expect(mine).toMatchObject({ teamScore: 70.5, score: 65.5, totalPoints: 100, adjustment: { points: -5, reason: "Joined late" }, isRegraded: false });
    expect(mine!.criteria).toEqual([
      { name: "Accuracy", description: "States the theory correctly", worth: 60, points: 45, level: { label: "Proficient", descriptor: "Mostly right" }, comment: "Mostly right" },
      { name: "Evidence", description: "Uses the case file", worth: 40, points: 25.5, level: null, comment: "Cite the sources" },
    ]);
    const [teammates] = await callerFor(world.teammate).grade.mine({ courseId: world.course.id });
    expect(teammates).toMatchObject({ score: 70.5, adjustment: null });
    expect(await callerFor(world.opponent).grade.mine({ courseId: world.course.id })).toEqual([]);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await ta.grade.saveDraft(completeDraft({ adjustments: [] }));
    const [regraded] = await student.grade.mine({ courseId: world.course.id });
    expect(regraded).toMatchObject({ score: 70.5, isRegraded: true });
  });

  it("keeps draft grades hidden after release", async () => {
    await callerFor(world.ta).grade.saveDraft(completeDraft());
    await callerFor(world.instructor).grade.release({ courseId: world.course.id, debateId: world.debate.id });
    expect(await callerFor(world.student).grade.mine({ courseId: world.course.id })).toEqual([]);
  });
});

describe("grade.history", () => {
  it("shows instructors who changed what, old → new; TAs may not read it", async () => {
    const ta = callerFor(world.ta);
    await ta.grade.saveDraft(completeDraft());
    await callerFor(world.instructor).grade.saveDraft(
      completeDraft({ scores: [{ ...completeDraft().scores[0]!, levelId: world.rubric.accuracy.levelIds[0] }, completeDraft().scores[1]] }),
    );
    const history = await callerFor(world.instructor).grade.history({ courseId: world.course.id, submissionId: world.realismSubmission.id });
    expect(history.slice(-2).map((change) => [change.actor?.name, change.field, change.oldValue, change.newValue])).toEqual([
      ["Ida Instructor", "Accuracy: level", "Proficient", "Exemplary"],
      ["Ida Instructor", "Accuracy: points", "45", "60"],
    ]);
    expect(history[0]!.actor?.id).toBe(world.ta.id);
    expect((await errorOf(ta.grade.history({ courseId: world.course.id, submissionId: world.realismSubmission.id }))).code).toBe("FORBIDDEN");
  });
});
