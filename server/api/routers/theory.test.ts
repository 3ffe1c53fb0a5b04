import { beforeEach, describe, expect, it } from "vitest";
import { errorOf } from "@/server/testing/errors";
import { callerFor, makeWorld, type World } from "@/server/testing/world";

let world: World;
beforeEach(async () => {
  world = await makeWorld();
});

describe("theory.update", () => {
  it("edits a theory's name, summary and lists", async () => {
    const caller = callerFor(world.instructor);
    await caller.theory.update({
      courseId: world.course.id,
      theoryId: world.theory.id,
      name: "Neoclassical realism",
      summary: "Systemic pressure filtered through domestic politics.",
      coreClaims: ["Relative power sets the limits", "Leaders' perceptions translate it"],
      keyThinkers: ["Gideon Rose", "Randall Schweller"],
    });
    const [theory] = (await caller.course.get({ courseId: world.course.id })).theories;
    expect(theory).toMatchObject({ name: "Neoclassical realism", keyThinkers: ["Gideon Rose", "Randall Schweller"] });
  });

  it("rejects an empty claim, naming its position, and another course's theory", async () => {
    const caller = callerFor(world.instructor);
    const empty = await errorOf(
      caller.theory.update({ courseId: world.course.id, theoryId: world.theory.id, name: "Realism", summary: "", coreClaims: ["ok", " "], keyThinkers: [] }),
    );
    expect(empty.code).toBe("BAD_REQUEST");
    expect(empty.message).toContain("coreClaims.1");
    const foreign = await errorOf(
      caller.theory.update({ courseId: world.course.id, theoryId: "not-here", name: "Realism", summary: "", coreClaims: [], keyThinkers: [] }),
    );
    expect(foreign.code).toBe("NOT_FOUND");
  });
});
