import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/app-error";
import { mulberry32, seededShuffle } from "./seeded-random";
import { tallyRound, type Ballot, type TallyTeam } from "./tally";

const teams: TallyTeam[] = [
  { teamId: "realism-1", position: "realism" },
  { teamId: "realism-2", position: "realism" },
  { teamId: "liberalism-1", position: "liberalism" },
  { teamId: "constructivism-1", position: "constructivism" },
];
const votesFor = (counts: Record<string, number>): Ballot[] =>
  Object.entries(counts).flatMap(([teamId, count]) => Array.from({ length: count }, (_, index) => ({ voterId: `${teamId}-voter-${index}`, teamId })));

describe("tallyRound", () => {
  it("counts per team and per position, with shares, ranks and the winner's margin", () => {
    const tally = tallyRound(votesFor({ "realism-1": 3, "realism-2": 2, "liberalism-1": 4, "constructivism-1": 1 }), teams);
    expect(tally.ballotsCounted).toBe(10);
    expect(tally.teams).toEqual([
      { teamId: "realism-1", position: "realism", votes: 3, share: 0.3, rank: 2, behindLeader: 1 },
      { teamId: "realism-2", position: "realism", votes: 2, share: 0.2, rank: 3, behindLeader: 2 },
      { teamId: "liberalism-1", position: "liberalism", votes: 4, share: 0.4, rank: 1, behindLeader: 0 },
      { teamId: "constructivism-1", position: "constructivism", votes: 1, share: 0.1, rank: 4, behindLeader: 3 },
    ]);
    expect(tally.positions).toEqual([
      { position: "realism", teamIds: ["realism-1", "realism-2"], votes: 5, share: 0.5, rank: 1, behindLeader: 0 },
      { position: "liberalism", teamIds: ["liberalism-1"], votes: 4, share: 0.4, rank: 2, behindLeader: 1 },
      { position: "constructivism", teamIds: ["constructivism-1"], votes: 1, share: 0.1, rank: 3, behindLeader: 4 },
    ]);
    // The best team and the best position can differ: positions add up their teams.
    expect(tally.teamOutcome).toEqual({ winners: ["liberalism-1"], isTie: false, margin: 1 });
    expect(tally.positionOutcome).toEqual({ winners: ["realism"], isTie: false, margin: 1 });
  });

  it("makes a tie explicit, with shared ranks and a margin of 0", () => {
    const tally = tallyRound(votesFor({ "realism-1": 2, "liberalism-1": 2, "constructivism-1": 1 }), teams);
    expect(tally.teamOutcome).toEqual({ winners: ["realism-1", "liberalism-1"], isTie: true, margin: 0 });
    expect(tally.teams.map((team) => team.rank)).toEqual([1, 4, 1, 3]);
    expect(tally.positionOutcome).toEqual({ winners: ["realism", "liberalism"], isTie: true, margin: 0 });
  });

  it("names no winner when nobody voted", () => {
    const tally = tallyRound([], teams);
    expect(tally.ballotsCounted).toBe(0);
    expect(tally.teamOutcome).toEqual({ winners: [], isTie: false, margin: null });
    expect(tally.teams.every((team) => team.votes === 0 && team.share === 0 && team.rank === 1)).toBe(true);
  });

  it("has no margin without a runner-up", () => {
    expect(tallyRound([{ voterId: "v", teamId: "solo" }], [{ teamId: "solo", position: "realism" }]).teamOutcome).toEqual({ winners: ["solo"], isTie: false, margin: null });
  });

  it("leaves out ballots for unknown teams, and repeated voters unless their ballots agree", () => {
    const tally = tallyRound(
      [
        { voterId: "ada", teamId: "realism-1" },
        { voterId: "ada", teamId: "realism-1" },
        { voterId: "ben", teamId: "realism-1" },
        { voterId: "ben", teamId: "liberalism-1" },
        { voterId: "cy", teamId: "deleted-team" },
        { voterId: "dee", teamId: "liberalism-1" },
      ],
      teams,
    );
    expect(tally.ballotsCounted).toBe(2);
    expect(tally.ignoredBallots).toEqual({ unknownTeam: 1, repeatedVoter: 3 });
    expect(tally.teamOutcome).toEqual({ winners: ["realism-1", "liberalism-1"], isTie: true, margin: 0 });
  });

  it("refuses a team listed twice", () => {
    const error = (() => {
      try {
        tallyRound([], [teams[0]!, teams[0]!]);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_REQUEST", message: "Team realism-1 is listed twice" });
  });

  it("adds up, crowns exactly the most-voted, and does not depend on ballot order", () => {
    const teamIds = teams.map((team) => team.teamId);
    const ballotsArbitrary = fc.array(fc.record({ voterId: fc.constantFrom("a", "b", "c", "d", "e", "f", "g"), teamId: fc.constantFrom(...teamIds, "gone") }), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(ballotsArbitrary, fc.integer(), (ballots, seed) => {
        const tally = tallyRound(ballots, teams);
        expect(tallyRound(seededShuffle(ballots, mulberry32(seed)), teams)).toEqual(tally);

        expect(tally.teams.reduce((sum, team) => sum + team.votes, 0)).toBe(tally.ballotsCounted);
        expect(tally.positions.reduce((sum, position) => sum + position.votes, 0)).toBe(tally.ballotsCounted);
        expect(tally.ballotsCounted + tally.ignoredBallots.unknownTeam + tally.ignoredBallots.repeatedVoter).toBe(ballots.length);
        expect(tally.ballotsCounted).toBeLessThanOrEqual(new Set(ballots.map((ballot) => ballot.voterId)).size);

        const most = Math.max(...tally.teams.map((team) => team.votes));
        const leaders = tally.teams.filter((team) => team.votes === most).map((team) => team.teamId);
        expect(tally.teamOutcome.winners).toEqual(most === 0 ? [] : leaders);
        expect(tally.teamOutcome.isTie).toBe(most > 0 && leaders.length > 1);
        const others = tally.teams.filter((team) => team.teamId !== leaders[0]).map((team) => team.votes);
        expect(tally.teamOutcome.margin).toBe(most === 0 ? null : most - Math.max(...others));
      }),
    );
  });
});
