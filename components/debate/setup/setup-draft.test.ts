import { describe, expect, it } from "vitest";
import { checkSetup, defaultDraft, defaultRounds, nextFullHour, plannedTeams, roundAfter, withoutFieldPrefix } from "@/components/debate/setup/setup-draft";
import { fromDateTimeLocal } from "@/components/debate/time";

const now = new Date(2026, 10, 26, 18, 34);
const valid = () => defaultDraft(now, ["realism", "liberalism", "constructivism"], "prompt-1");

describe("defaultRounds", () => {
  it("plans Opening, Rebuttal and Closing back to back from the next full hour", () => {
    const rounds = defaultRounds(now);
    expect(rounds.map((round) => round.name)).toEqual(["Opening", "Rebuttal", "Closing"]);
    expect(fromDateTimeLocal(rounds[0]!.opensAt)).toEqual(nextFullHour(now));
    expect(rounds[1]!.opensAt).toBe(rounds[0]!.locksAt);
    expect(rounds[2]!.opensAt).toBe(rounds[1]!.locksAt);
    for (const round of rounds) {
      expect(fromDateTimeLocal(round.locksAt)!.getTime()).toBeGreaterThan(fromDateTimeLocal(round.opensAt)!.getTime());
      expect(fromDateTimeLocal(round.votingClosesAt)!.getTime()).toBeGreaterThan(fromDateTimeLocal(round.locksAt)!.getTime());
    }
  });

  it("adds a round that opens when the last one locks", () => {
    const rounds = defaultRounds(now);
    const added = roundAfter(rounds, now);
    expect(added.name).toBe("Round 4");
    expect(added.opensAt).toBe(rounds[2]!.locksAt);
  });
});

describe("checkSetup", () => {
  it("turns a valid form into the create input", () => {
    const { errors, input } = checkSetup(valid(), { now, studentCount: 12 });
    expect(errors).toEqual({});
    expect(input).toMatchObject({ promptId: "prompt-1", title: null, teamsPerPosition: 1, teamSize: null, voterRule: "ALL_STUDENTS" });
    expect(input!.rounds).toHaveLength(3);
    expect(input!.rounds[0]!.wordLimit).toBe(800);
  });

  it("names each problem by the server's field path", () => {
    const draft = valid();
    draft.promptId = "";
    draft.theoryIds = ["realism"];
    draft.rounds[0]!.locksAt = draft.rounds[0]!.opensAt;
    draft.rounds[1]!.opensAt = "2026-11-26T18:50";
    draft.rounds[2]!.wordLimit = "10";
    draft.rounds[2]!.name = " ";
    const { errors, input } = checkSetup(draft, { now, studentCount: 12 });
    expect(input).toBeNull();
    expect(Object.keys(errors).sort()).toEqual(["promptId", "rounds.0.locksAt", "rounds.1.opensAt", "rounds.2.name", "rounds.2.wordLimit", "theoryIds"]);
  });

  it("refuses deadlines that have passed and voting that closes before the deadline", () => {
    const draft = valid();
    draft.rounds[0]!.opensAt = "2026-11-20T10:00";
    draft.rounds[0]!.locksAt = "2026-11-21T10:00";
    draft.rounds[1]!.votingClosesAt = draft.rounds[1]!.locksAt;
    const { errors } = checkSetup(draft, { now, studentCount: 12 });
    expect(errors["rounds.0.locksAt"]).toBe("This deadline has already passed");
    expect(errors["rounds.1.votingClosesAt"]).toBe("Voting must close after the deadline");
  });

  it("leaves out the voting window of a round without a vote", () => {
    const draft = valid();
    draft.rounds[0]!.hasVoting = false;
    draft.rounds[0]!.votingClosesAt = "";
    expect(checkSetup(draft, { now, studentCount: 12 }).input!.rounds[0]!.votingClosesAt).toBeNull();
  });

  it("refuses more teams than students", () => {
    const draft = valid();
    draft.teamsPerPosition = "5";
    expect(checkSetup(draft, { now, studentCount: 12 }).errors.teamsPerPosition).toMatch(/12 students cannot fill 15 teams/);
  });

  it("sends a team size instead of a count in size mode", () => {
    const draft = { ...valid(), teamMode: "size" as const, teamSize: "2" };
    expect(checkSetup(draft, { now, studentCount: 12 }).input).toMatchObject({ teamsPerPosition: 1, teamSize: 2 });
    expect(plannedTeams(draft, 3, 12)).toBe(2);
  });
});

describe("withoutFieldPrefix", () => {
  it("drops the path the server puts before a field's message", () => {
    expect(withoutFieldPrefix({ "rounds.1.locksAt": "rounds.1.locksAt: must be after opensAt", title: "Title is required" })).toEqual({
      "rounds.1.locksAt": "must be after opensAt",
      title: "Title is required",
    });
  });
});
