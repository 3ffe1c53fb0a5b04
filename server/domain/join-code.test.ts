import { describe, expect, it } from "vitest";
import { joinCodeAlphabet, joinCodeLength, makeJoinCode, normalizeJoinCode } from "@/server/domain/join-code";

describe("join codes", () => {
  it("uses only unambiguous characters", () => {
    expect(joinCodeAlphabet).not.toMatch(/[01ILO]/);
    let counter = 0;
    const code = makeJoinCode((n) => counter++ % n);
    expect(code).toHaveLength(joinCodeLength);
    expect([...code].every((character) => joinCodeAlphabet.includes(character))).toBe(true);
  });

  it("normalises what a student types", () => {
    expect(normalizeJoinCode(" abcd-efgh ")).toBe("ABCDEFGH");
    expect(normalizeJoinCode("ab cd ef gh")).toBe("ABCDEFGH");
  });
});
