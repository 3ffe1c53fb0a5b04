import { beforeEach, describe, expect, it } from "vitest";
import { makeGradingWorld, testRubric, type GradingWorld } from "@/server/testing/grading-world";
import { errorOf } from "@/server/testing/errors";
import { callerFor, testDb } from "@/server/testing/world";

let world: GradingWorld;
beforeEach(async () => {
  world = await makeGradingWorld();
});

/** A first save of a grade with the world's rubric: grading has started. */
async function startGrading() {
  await callerFor(world.ta).grade.saveDraft({
    courseId: world.course.id,
    submissionId: world.realismSubmission.id,
    scores: [{ criterionId: world.rubric.accuracy.id, levelId: world.rubric.accuracy.levelIds[1]!, points: null, comment: "" }],
  });
}

describe("rubric.create and rubric.get", () => {
  it("stores criteria and levels in order, with what each criterion is worth", async () => {
    const { id } = await callerFor(world.instructor).rubric.create({ courseId: world.course.id, ...testRubric });
    const rubric = await callerFor(world.ta).rubric.get({ courseId: world.course.id, rubricId: id });
    expect(rubric).toMatchObject({ title: "Argument rubric", version: 1, isLocked: false, isLatest: true, totalPoints: 100 });
    expect(rubric.criteria.map((criterion) => [criterion.name, criterion.weight, criterion.worth, criterion.minPoints, criterion.maxPoints])).toEqual([
      ["Accuracy", 60, 60, null, null],
      ["Evidence", 40, 40, 10, 40],
    ]);
    expect(rubric.criteria[0]!.levels.map((level) => [level.label, level.points])).toEqual([
      ["Exemplary", 60],
      ["Proficient", 45],
      ["Beginning", 20],
    ]);
  });

  it("refuses weights and points that do not add up, naming the fields, and stores nothing", async () => {
    const before = await testDb().rubric.count({ where: { courseId: world.course.id } });
    const caller = callerFor(world.instructor);

    const halved = await errorOf(caller.rubric.create({ courseId: world.course.id, ...testRubric, totalPoints: 50 }));
    expect(halved.code).toBe("BAD_REQUEST");
    expect(halved.message).toContain('criteria.0.levels.0.points: 60 points is more than "Accuracy" is worth (30: 60% of 50)');

    const [accuracy, evidence] = testRubric.criteria;
    const weights = await errorOf(caller.rubric.create({ courseId: world.course.id, ...testRubric, criteria: [accuracy!, { ...evidence!, weight: 30 }] }));
    expect(weights.message).toContain("criteria: Weights must add up to 100; they add up to 90");

    const unordered = await errorOf(
      caller.rubric.create({ courseId: world.course.id, ...testRubric, criteria: [{ ...accuracy!, levels: [...accuracy!.levels].reverse() }, evidence!] }),
    );
    expect(unordered.message).toContain('criteria.0.levels.1.points: must be fewer than the level above ("Beginning", 20 points)');
    expect(await testDb().rubric.count({ where: { courseId: world.course.id } })).toBe(before);
  });

  it("lists the course's latest versions only, and reads another course's rubric as not found", async () => {
    await startGrading();
    const { id: next } = await callerFor(world.instructor).rubric.update({ courseId: world.course.id, rubricId: world.rubric.id, ...testRubric, title: "Edited" });
    const listed = await callerFor(world.ta).rubric.list({ courseId: world.course.id });
    expect(listed.map((rubric) => [rubric.id, rubric.title, rubric.version])).toEqual([[next, "Edited", 2]]);

    const foreign = await errorOf(callerFor(world.outsider).rubric.get({ courseId: world.otherCourse.id, rubricId: world.rubric.id }));
    expect(foreign.code).toBe("NOT_FOUND");
  });
});

describe("rubric.update", () => {
  it("changes an ungraded rubric in place", async () => {
    const result = await callerFor(world.instructor).rubric.update({ courseId: world.course.id, rubricId: world.rubric.id, ...testRubric, title: "Renamed" });
    expect(result).toEqual({ id: world.rubric.id, version: 1, isNewVersion: false });
    const rubric = await callerFor(world.instructor).rubric.get({ courseId: world.course.id, rubricId: world.rubric.id });
    expect(rubric.title).toBe("Renamed");
  });

  it("once grading has started, keeps the graded version intact and makes a new one", async () => {
    await startGrading();
    const caller = callerFor(world.instructor);
    const old = await caller.rubric.get({ courseId: world.course.id, rubricId: world.rubric.id });
    expect(old.isLocked).toBe(true);

    const only = (points: number) => [{ label: "Only", points, descriptor: "" }];
    const [accuracy, evidence] = testRubric.criteria;
    const edited = {
      ...testRubric,
      title: "Tougher",
      criteria: [
        { ...accuracy!, weight: 70, levels: only(70) },
        { ...evidence!, weight: 30, minPoints: null, maxPoints: null, levels: only(30) },
      ],
    };
    const result = await caller.rubric.update({ courseId: world.course.id, rubricId: world.rubric.id, ...edited });
    expect(result).toMatchObject({ version: 2, isNewVersion: true });

    expect(await caller.rubric.get({ courseId: world.course.id, rubricId: world.rubric.id })).toEqual({ ...old, isLatest: false });
    const next = await caller.rubric.get({ courseId: world.course.id, rubricId: result.id });
    expect(next).toMatchObject({ title: "Tougher", parentId: world.rubric.id, isLocked: false });

    // The graded submission keeps its rubric; the rounds nobody has graded move to the new version.
    const view = await caller.grade.get({ courseId: world.course.id, submissionId: world.realismSubmission.id });
    expect(view.rubric.id).toBe(world.rubric.id);
    const attached = await testDb().roundRubric.findMany({ where: { round: { debateId: world.debate.id } }, select: { roundId: true, rubricId: true } });
    expect(Object.fromEntries(attached.map((row) => [row.roundId, row.rubricId]))).toEqual({
      [world.votingRound.id]: world.rubric.id,
      [world.openRound.id]: result.id,
      [world.scheduledRound.id]: result.id,
    });

    const stale = await errorOf(caller.rubric.update({ courseId: world.course.id, rubricId: world.rubric.id, ...testRubric }));
    expect(stale.code).toBe("CONFLICT");
  });
});

describe("rubric.duplicate and rubric.attach", () => {
  it("copies a locked rubric into a fresh, editable one", async () => {
    await startGrading();
    const caller = callerFor(world.instructor);
    const { id } = await caller.rubric.duplicate({ courseId: world.course.id, rubricId: world.rubric.id });
    const copy = await caller.rubric.get({ courseId: world.course.id, rubricId: id });
    expect(copy).toMatchObject({ title: "Argument rubric (copy)", version: 1, parentId: null, isLocked: false });
    expect(copy.criteria.map((criterion) => criterion.levels.length)).toEqual([3, 2]);
  });

  it("attaches to one round, and refuses a debate of another course", async () => {
    const caller = callerFor(world.instructor);
    const { id } = await caller.rubric.create({ courseId: world.course.id, ...testRubric, title: "Closing rubric" });
    expect(await caller.rubric.attach({ courseId: world.course.id, rubricId: id, debateId: world.debate.id, roundId: world.scheduledRound.id })).toEqual({
      roundIds: [world.scheduledRound.id],
    });
    const rows = await testDb().roundRubric.findMany({ where: { rubricId: id }, select: { roundId: true } });
    expect(rows).toEqual([{ roundId: world.scheduledRound.id }]);

    const foreignRound = await errorOf(caller.rubric.attach({ courseId: world.course.id, rubricId: id, debateId: world.debate.id, roundId: "no-such-round" }));
    expect(foreignRound.code).toBe("NOT_FOUND");
  });

  it("lets only instructors write rubrics", async () => {
    const denied = await errorOf(callerFor(world.ta).rubric.create({ courseId: world.course.id, ...testRubric }));
    expect(denied.code).toBe("FORBIDDEN");
  });
});
