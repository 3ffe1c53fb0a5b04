import { describe, expect, it } from "vitest";
import type { CourseRole } from "@/prisma/generated/client";
import { AppError } from "@/server/domain/app-error";
import type { DerivedRoundState } from "@/server/domain/debate/round-state";
import { decideAccess, type AccessFacts } from "@/server/services/collab/access-rule";

const facts = (overrides: Partial<AccessFacts>): AccessFacts => ({
  role: "STUDENT",
  isPublished: true,
  isTeamMember: false,
  roundState: "OPEN",
  revealAfterLock: true,
  ...overrides,
});

/** The permission, or the refusal's code: what the caller would see. */
function outcome(overrides: Partial<AccessFacts>): string {
  try {
    const { permission, relation } = decideAccess(facts(overrides));
    return `${permission} as ${relation}`;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

const states: DerivedRoundState[] = ["SCHEDULED", "OPEN", "VOTING", "CLOSED"];

describe("who may read and write a team's argument", () => {
  it.each(states.map((roundState) => [roundState, roundState === "OPEN" ? "write as team" : "read as team"]))(
    "a team member, round %s: %s",
    (roundState, expected) => {
      expect(outcome({ isTeamMember: true, roundState })).toBe(expected);
    },
  );

  it.each(["INSTRUCTOR", "TA"] as CourseRole[])("%s reads in every state, even in a draft debate, and never writes", (role) => {
    for (const roundState of states) expect(outcome({ role, roundState })).toBe("read as staff");
    expect(outcome({ role, isPublished: false })).toBe("read as staff");
  });

  it("other students are refused while the round is scheduled or open", () => {
    expect(outcome({ roundState: "SCHEDULED" })).toBe("FORBIDDEN");
    expect(outcome({ roundState: "OPEN" })).toBe("FORBIDDEN");
  });

  it("other students read after the lock when the debate reveals arguments, and not otherwise", () => {
    expect(outcome({ roundState: "VOTING" })).toBe("read as reader");
    expect(outcome({ roundState: "CLOSED" })).toBe("read as reader");
    expect(outcome({ roundState: "VOTING", revealAfterLock: false })).toBe("FORBIDDEN");
    expect(outcome({ roundState: "CLOSED", revealAfterLock: false })).toBe("FORBIDDEN");
  });

  it("a draft debate's documents do not exist for students, not even its team's", () => {
    expect(outcome({ isPublished: false, isTeamMember: true })).toBe("NOT_FOUND");
    expect(outcome({ isPublished: false, roundState: "VOTING" })).toBe("NOT_FOUND");
  });

  it("says why a student is refused", () => {
    expect(() => decideAccess(facts({ roundState: "OPEN" }))).toThrow("hidden until the round locks");
    expect(() => decideAccess(facts({ roundState: "VOTING", revealAfterLock: false }))).toThrow("keeps other teams' arguments hidden");
  });
});
