import { describe, expect, it } from "vitest";
import { extractMentions } from "@/server/domain/seminar/mentions";

const members = [
  { id: "ann", name: "Ann Lee" },
  { id: "ann-smith", name: "Ann Lee-Smith" },
  { id: "bob", name: "Bob Stone" },
];

describe("extractMentions", () => {
  it("finds full names after @, case-insensitively, preferring the longest", () => {
    expect(extractMentions("Thanks @ann lee-smith and @Bob Stone.", members).sort()).toEqual(["ann-smith", "bob"]);
  });

  it("ignores names without @ and partial names", () => {
    expect(extractMentions("Ann Lee said @Bob Stoned", members)).toEqual([]);
  });
});
