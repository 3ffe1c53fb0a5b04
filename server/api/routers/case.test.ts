import { beforeEach, describe, expect, it } from "vitest";
import { fieldErrorsOf } from "@/server/api/errors";
import { errorOf } from "@/server/testing/errors";
import { callerFor, makeWorld, testDb, type World } from "@/server/testing/world";

let world: World;
beforeEach(async () => {
  world = await makeWorld();
});

const fields = {
  title: "Georgia 2008: the five-day war",
  periodStart: 2003,
  periodEnd: 2008,
  summary: "A short war with long consequences.",
  keyEvents: [{ date: "2008-08-07", event: "Georgian forces shell Tskhinvali" }],
  sources: [{ author: "Asmus, Ronald", title: "A Little War that Shook the World", year: 2010, venue: "Palgrave" }],
};

describe("case.get", () => {
  it("shows students the case with posted prompts only", async () => {
    const item = await callerFor(world.student).case.get({ courseId: world.course.id, caseId: world.case.id });
    expect(item.title).toBe("Kosovo 1999");
    expect(item.keyEvents).toEqual([{ date: "1999-03-24", event: "NATO begins air strikes" }]);
    expect(item.prompts.map((prompt) => prompt.id)).toEqual([world.postedPrompt.id]);
  });

  it("is NOT_FOUND for an unknown case and for another course's case", async () => {
    const caller = callerFor(world.student);
    expect((await errorOf(caller.case.get({ courseId: world.course.id, caseId: "nope" }))).code).toBe("NOT_FOUND");
    expect((await errorOf(caller.case.get({ courseId: world.course.id, caseId: world.otherCase.id }))).code).toBe("NOT_FOUND");
  });

  it("is FORBIDDEN when asked through a course the caller is not in", async () => {
    const error = await errorOf(callerFor(world.student).case.get({ courseId: world.otherCourse.id, caseId: world.otherCase.id }));
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("case.create / update / delete", () => {
  it("creates a case at the end with a slug from its title", async () => {
    const caller = callerFor(world.instructor);
    const created = await caller.case.create({ courseId: world.course.id, ...fields });
    expect(created.slug).toBe("georgia-2008-the-five-day-war");
    const again = await caller.case.create({ courseId: world.course.id, ...fields });
    expect(again.slug).toBe("georgia-2008-the-five-day-war-2");
    const course = await caller.course.get({ courseId: world.course.id });
    expect(course.cases.map((item) => item.id)).toEqual([world.case.id, created.id, again.id]);
    const item = await caller.case.get({ courseId: world.course.id, caseId: created.id });
    expect(item.sources[0]).toEqual({ author: "Asmus, Ronald", title: "A Little War that Shook the World", year: "2010", venue: "Palgrave" });
  });

  it("rejects a period that ends before it starts, naming the field, and stores nothing", async () => {
    const error = await errorOf(callerFor(world.instructor).case.create({ courseId: world.course.id, ...fields, periodEnd: 1990 }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("periodEnd");
    expect(await testDb().case.count({ where: { courseId: world.course.id } })).toBe(1);
  });

  it("rejects a malformed key event date, naming the row", async () => {
    const error = await errorOf(
      callerFor(world.instructor).case.create({
        courseId: world.course.id,
        ...fields,
        keyEvents: [{ date: "August 2008", event: "War" }],
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("keyEvents.0.date");
    expect(fieldErrorsOf(error.cause)).toEqual({ "keyEvents.0.date": expect.stringContaining("YYYY") });
  });

  it("treats markup as text: it is stored as typed and never interpreted", async () => {
    const caller = callerFor(world.instructor);
    const title = '<img src=x onerror="alert(1)"> Kosovo';
    const created = await caller.case.create({ courseId: world.course.id, ...fields, title });
    expect((await caller.case.get({ courseId: world.course.id, caseId: created.id })).title).toBe(title);
  });

  it("updates and deletes within the course only", async () => {
    const caller = callerFor(world.instructor);
    await caller.case.update({ courseId: world.course.id, caseId: world.case.id, ...fields });
    expect((await caller.case.get({ courseId: world.course.id, caseId: world.case.id })).title).toBe(fields.title);
    // The other course's case cannot be reached through this course.
    const foreign = await errorOf(caller.case.delete({ courseId: world.course.id, caseId: world.otherCase.id }));
    expect(foreign.code).toBe("NOT_FOUND");
    expect(await testDb().case.count({ where: { id: world.otherCase.id } })).toBe(1);
    await caller.case.delete({ courseId: world.course.id, caseId: world.case.id });
    expect(await testDb().prompt.count({ where: { caseId: world.case.id } })).toBe(0);
  });
});

describe("case.reorder", () => {
  it("reorders, and refuses a list that drops or repeats a case", async () => {
    const caller = callerFor(world.instructor);
    const second = await caller.case.create({ courseId: world.course.id, ...fields });
    await caller.case.reorder({ courseId: world.course.id, caseIds: [second.id, world.case.id] });
    expect((await caller.course.get({ courseId: world.course.id })).cases.map((item) => item.id)).toEqual([second.id, world.case.id]);

    const dropped = await errorOf(caller.case.reorder({ courseId: world.course.id, caseIds: [second.id] }));
    expect(dropped.code).toBe("BAD_REQUEST");
    expect(dropped.message).toContain("caseIds");
    const repeated = await errorOf(caller.case.reorder({ courseId: world.course.id, caseIds: [second.id, second.id] }));
    expect(repeated.code).toBe("BAD_REQUEST");
    const foreign = await errorOf(caller.case.reorder({ courseId: world.course.id, caseIds: [second.id, world.otherCase.id] }));
    expect(foreign.code).toBe("BAD_REQUEST");
    expect((await caller.course.get({ courseId: world.course.id })).cases.map((item) => item.id)).toEqual([second.id, world.case.id]);
  });
});
