import { beforeAll, describe, expect, it } from "vitest";
import { errorOf } from "@/server/testing/errors";
import { callerFor, makeUser, makeWorld, testDb, type World } from "@/server/testing/world";

let world: World;
beforeAll(async () => {
  world = await makeWorld();
});

describe("course.create", () => {
  it("makes the creator instructor of an empty course", async () => {
    const user = await makeUser("New Instructor");
    const { id } = await callerFor(user).course.create({ title: "  Seminar in IR  ", description: "", template: "EMPTY" });
    const course = await callerFor(user).course.get({ courseId: id });
    expect(course).toMatchObject({ title: "Seminar in IR", role: "INSTRUCTOR", cases: [], theories: [], thesis: null });
  });

  it("copies the thesis course with its prompts as drafts", async () => {
    const user = await makeUser("Thesis Instructor");
    const { id } = await callerFor(user).course.create({ title: "From the thesis", description: "", template: "THESIS_DEMO" });
    const course = await callerFor(user).course.get({ courseId: id });
    expect(course.theories.map((theory) => theory.key)).toEqual(["realism", "liberalism", "constructivism"]);
    expect(course.cases).toHaveLength(10);
    expect(course.thesis?.author).toBe("David T. Chamberlain");
    // Nothing is posted until the instructor posts it.
    expect(course.cases.every((item) => item.postedPromptCounts.debate + item.postedPromptCounts.seminar === 0)).toBe(true);
    const drafts = await callerFor(user).prompt.list({ courseId: id, caseId: course.cases[0]!.id });
    expect(drafts.length).toBeGreaterThan(0);
    expect(drafts.every((prompt) => prompt.status === "DRAFT")).toBe(true);
  });

  it("rejects a blank title, naming the field, and stores nothing", async () => {
    const user = await makeUser("Careless Instructor");
    const error = await errorOf(callerFor(user).course.create({ title: "   ", description: "", template: "EMPTY" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("Title is required");
    expect(await testDb().enrollment.count({ where: { userId: user.id } })).toBe(0);
  });

  it("rejects control characters in text", async () => {
    const user = await makeUser("Binary Instructor");
    const error = await errorOf(callerFor(user).course.create({ title: "Bad\u0000title", description: "", template: "EMPTY" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("Title contains control characters");
  });
});

describe("course.list", () => {
  it("lists only the caller's courses with the caller's role", async () => {
    const courses = await callerFor(world.ta).course.list();
    expect(courses).toEqual([expect.objectContaining({ id: world.course.id, role: "TA", caseCount: 1, memberCount: 3 })]);
  });
});

describe("course.join", () => {
  it("enrols a student with a code typed loosely, once", async () => {
    const user = await makeUser("Joining Student");
    const loose = ` ${world.course.joinCode.slice(0, 4).toLowerCase()}-${world.course.joinCode.slice(4)} `;
    expect(await callerFor(user).course.join({ code: loose })).toEqual({ courseId: world.course.id });
    expect(await callerFor(user).course.join({ code: world.course.joinCode })).toEqual({ courseId: world.course.id });
    const course = await callerFor(user).course.get({ courseId: world.course.id });
    expect(course.role).toBe("STUDENT");
    expect(await testDb().enrollment.count({ where: { userId: user.id } })).toBe(1);
  });

  it("says clearly when the code is wrong", async () => {
    const user = await makeUser("Lost Student");
    const error = await errorOf(callerFor(user).course.join({ code: "NOPE2345" }));
    expect(error.code).toBe("NOT_FOUND");
    expect(error.message).toMatch(/No course has that join code/);
  });

  it("does not change the role of a member who joins again", async () => {
    await callerFor(world.instructor).course.join({ code: world.course.joinCode });
    expect((await callerFor(world.instructor).course.get({ courseId: world.course.id })).role).toBe("INSTRUCTOR");
  });
});

describe("course.get", () => {
  it("counts only posted prompts", async () => {
    const course = await callerFor(world.student).course.get({ courseId: world.course.id });
    expect(course.cases[0]!.postedPromptCounts).toEqual({ debate: 1, seminar: 0 });
  });

  it("is FORBIDDEN for a member of another course", async () => {
    const error = await errorOf(callerFor(world.outsider).course.get({ courseId: world.course.id }));
    expect(error.code).toBe("FORBIDDEN");
  });

  it("names the missing courseId", async () => {
    const error = await errorOf(callerFor(world.student).course.get({} as { courseId: string }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("courseId");
  });

  it("is FORBIDDEN (not a leak) for an unknown course id", async () => {
    const error = await errorOf(callerFor(world.student).course.get({ courseId: "no-such-course" }));
    expect(error.code).toBe("FORBIDDEN");
  });
});

describe("join codes", () => {
  it("regenerating invalidates the old code", async () => {
    const caller = callerFor(world.instructor);
    const before = await caller.course.joinCode({ courseId: world.course.id });
    const after = await caller.course.regenerateJoinCode({ courseId: world.course.id });
    expect(after.joinCode).not.toBe(before.joinCode);
    expect(after.joinCode).toMatch(/^[A-HJKMNP-Z2-9]{8}$/);
    const user = await makeUser("Late Student");
    expect((await errorOf(callerFor(user).course.join({ code: before.joinCode }))).code).toBe("NOT_FOUND");
    expect(await callerFor(user).course.join({ code: after.joinCode })).toEqual({ courseId: world.course.id });
    world.course.joinCode = after.joinCode;
  });
});

describe("course.update", () => {
  it("renames the course and rejects an overlong description", async () => {
    const caller = callerFor(world.instructor);
    await caller.course.update({ courseId: world.course.id, title: "Renamed course", description: "New description" });
    expect((await caller.course.get({ courseId: world.course.id })).title).toBe("Renamed course");
    const error = await errorOf(caller.course.update({ courseId: world.course.id, title: "x", description: "d".repeat(5_001) }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toContain("Description must be at most 5000 characters");
  });
});
