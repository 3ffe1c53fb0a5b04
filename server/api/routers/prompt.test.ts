import { beforeEach, describe, expect, it } from "vitest";
import { errorOf } from "@/server/testing/errors";
import { callerFor, makeWorld, type World } from "@/server/testing/world";

let world: World;
beforeEach(async () => {
  world = await makeWorld();
});

describe("prompts", () => {
  it("a draft is hidden from students until it is posted", async () => {
    const instructor = callerFor(world.instructor);
    const student = callerFor(world.student);
    const created = await instructor.prompt.create({
      courseId: world.course.id,
      caseId: world.case.id,
      kind: "SEMINAR",
      text: "Which theory explains Primakov's turn?",
      status: "DRAFT",
    });
    expect(created.postedAt).toBeNull();
    const visible = async () => (await student.case.get({ courseId: world.course.id, caseId: world.case.id })).prompts.map((prompt) => prompt.id);
    expect(await visible()).not.toContain(created.id);

    const posted = await instructor.prompt.update({ courseId: world.course.id, promptId: created.id, kind: "SEMINAR", text: created.text, status: "POSTED" });
    expect(posted.postedAt).toBeInstanceOf(Date);
    expect(await visible()).toContain(created.id);

    // Back to draft and posted again: the class first saw it at the first posting.
    await instructor.prompt.update({ courseId: world.course.id, promptId: created.id, kind: "SEMINAR", text: created.text, status: "DRAFT" });
    const reposted = await instructor.prompt.update({ courseId: world.course.id, promptId: created.id, kind: "SEMINAR", text: created.text, status: "POSTED" });
    expect(reposted.postedAt).toEqual(posted.postedAt);
  });

  it("staff list drafts and posted prompts in order", async () => {
    const prompts = await callerFor(world.ta).prompt.list({ courseId: world.course.id, caseId: world.case.id });
    expect(prompts.map((prompt) => [prompt.id, prompt.status])).toEqual([
      [world.postedPrompt.id, "POSTED"],
      [world.draftPrompt.id, "DRAFT"],
    ]);
  });

  it("rejects an empty text and an unknown kind, naming each", async () => {
    const caller = callerFor(world.instructor);
    const empty = await errorOf(caller.prompt.create({ courseId: world.course.id, caseId: world.case.id, kind: "DEBATE", text: "  ", status: "DRAFT" }));
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.message).toContain("Prompt text is required");
    const kind = await errorOf(
      caller.prompt.create({ courseId: world.course.id, caseId: world.case.id, kind: "ESSAY" as "DEBATE", text: "x", status: "DRAFT" }),
    );
    expect(kind.message).toContain("Kind must be DEBATE or SEMINAR");
  });

  it("cannot touch another course's prompts through this course", async () => {
    const otherPrompt = await callerFor(world.outsider).prompt.create({
      courseId: world.otherCourse.id,
      caseId: world.otherCase.id,
      kind: "DEBATE",
      text: "Theirs",
      status: "POSTED",
    });
    const caller = callerFor(world.instructor);
    const update = await errorOf(caller.prompt.update({ courseId: world.course.id, promptId: otherPrompt.id, kind: "DEBATE", text: "Mine now", status: "DRAFT" }));
    expect(update.code).toBe("NOT_FOUND");
    const remove = await errorOf(caller.prompt.delete({ courseId: world.course.id, promptId: otherPrompt.id }));
    expect(remove.code).toBe("NOT_FOUND");
    const create = await errorOf(caller.prompt.create({ courseId: world.course.id, caseId: world.otherCase.id, kind: "DEBATE", text: "x", status: "DRAFT" }));
    expect(create.code).toBe("NOT_FOUND");
  });

  it("reorders and deletes", async () => {
    const caller = callerFor(world.instructor);
    await caller.prompt.reorder({ courseId: world.course.id, caseId: world.case.id, promptIds: [world.draftPrompt.id, world.postedPrompt.id] });
    expect((await caller.prompt.list({ courseId: world.course.id, caseId: world.case.id })).map((prompt) => prompt.id)).toEqual([
      world.draftPrompt.id,
      world.postedPrompt.id,
    ]);
    await caller.prompt.delete({ courseId: world.course.id, promptId: world.draftPrompt.id });
    expect((await caller.prompt.list({ courseId: world.course.id, caseId: world.case.id })).map((prompt) => prompt.id)).toEqual([world.postedPrompt.id]);
    const again = await errorOf(caller.prompt.delete({ courseId: world.course.id, promptId: world.draftPrompt.id }));
    expect(again.code).toBe("NOT_FOUND");
  });
});
