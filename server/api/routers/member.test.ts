import { beforeEach, describe, expect, it } from "vitest";
import { errorOf } from "@/server/testing/errors";
import { callerFor, makeWorld, type World } from "@/server/testing/world";

let world: World;
beforeEach(async () => {
  world = await makeWorld();
});

describe("members", () => {
  it("lists the roster with roles", async () => {
    const roster = await callerFor(world.ta).member.list({ courseId: world.course.id });
    expect(roster.map((member) => [member.userId, member.role]).sort()).toEqual(
      [
        [world.instructor.id, "INSTRUCTOR"],
        [world.ta.id, "TA"],
        [world.student.id, "STUDENT"],
      ].sort(),
    );
  });

  it("changes a role, and the new role takes effect at once", async () => {
    const caller = callerFor(world.instructor);
    await caller.member.changeRole({ courseId: world.course.id, userId: world.student.id, role: "TA" });
    expect(await callerFor(world.student).member.list({ courseId: world.course.id })).toHaveLength(3);
  });

  it("never leaves a course without an instructor", async () => {
    const caller = callerFor(world.instructor);
    const demote = await errorOf(caller.member.changeRole({ courseId: world.course.id, userId: world.instructor.id, role: "STUDENT" }));
    expect(demote.code).toBe("PRECONDITION_FAILED");
    const remove = await errorOf(caller.member.remove({ courseId: world.course.id, userId: world.instructor.id }));
    expect(remove.code).toBe("PRECONDITION_FAILED");
    // With a second instructor, the first may step down.
    await caller.member.changeRole({ courseId: world.course.id, userId: world.ta.id, role: "INSTRUCTOR" });
    await caller.member.changeRole({ courseId: world.course.id, userId: world.instructor.id, role: "TA" });
    expect((await callerFor(world.instructor).course.get({ courseId: world.course.id })).role).toBe("TA");
  });

  it("removes a member, who then loses access", async () => {
    await callerFor(world.instructor).member.remove({ courseId: world.course.id, userId: world.student.id });
    expect((await errorOf(callerFor(world.student).course.get({ courseId: world.course.id }))).code).toBe("FORBIDDEN");
  });

  it("is NOT_FOUND for someone who is not in the course, and BAD_REQUEST for an unknown role", async () => {
    const caller = callerFor(world.instructor);
    expect((await errorOf(caller.member.remove({ courseId: world.course.id, userId: world.outsider.id }))).code).toBe("NOT_FOUND");
    const role = await errorOf(caller.member.changeRole({ courseId: world.course.id, userId: world.student.id, role: "DEAN" as "TA" }));
    expect(role.code).toBe("BAD_REQUEST");
    expect(role.message).toContain("role");
  });
});
