import { describe, expect, it } from "vitest";
import { positionsFor } from "@/server/services/reorder";

describe("positionsFor", () => {
  it("numbers a permutation from zero", () => {
    expect(positionsFor(["a", "b", "c"], ["c", "a", "b"], "ids")).toEqual([
      { id: "c", position: 0 },
      { id: "a", position: 1 },
      { id: "b", position: 2 },
    ]);
  });

  it.each([
    [["a", "b"], ["a"], "must list every item exactly once"],
    [["a", "b"], ["a", "a"], "lists an item twice"],
    [["a", "b"], ["a", "b", "c"], "must list every item exactly once"],
    [["a", "b"], ["a", "z"], "must list every item exactly once"],
  ])("refuses %j reordered as %j", (existing, requested, message) => {
    expect(() => positionsFor(existing, requested, "ids")).toThrow(message);
  });
});
