import { describe, expect, it } from "vitest";
import { reconnectDelay } from "@/components/editor/connection";
import { presentUsers } from "@/components/editor/presence-list";

describe("who is here", () => {
  it("lists each person once, however many tabs they have open, the local user first", () => {
    const states = [
      { user: { userId: "b", name: "Ben Castillo", color: "#0369a1" } },
      { user: { userId: "a", name: "Amara Okafor", color: "#b91c1c" } },
      { user: { userId: "b", name: "Ben Castillo", color: "#0369a1" } },
      { user: { userId: "me", name: "Zoe", color: "#15803d" } },
    ];
    expect(presentUsers(states, "me").map((user) => user.name)).toEqual(["Zoe", "Amara Okafor", "Ben Castillo"]);
  });

  it("ignores clients that have not announced a user", () => {
    expect(presentUsers([{}, null, { user: { name: "No id" } }, { cursor: {} }], "me")).toEqual([]);
  });
});

describe("reconnecting", () => {
  it("backs off from 200 ms, doubling, to at most 5 s", () => {
    expect([0, 1, 2, 3, 6, 20].map(reconnectDelay)).toEqual([200, 200, 400, 800, 5_000, 5_000]);
  });
});
