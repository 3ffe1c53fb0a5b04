import { beforeEach, describe, expect, it } from "vitest";
import { env } from "@/server/env";
import { BALLOT_EVENT_DELAY_MS } from "@/server/services/debate/ballot-events";
import { courseEvents } from "@/server/services/events/course-events";
import { makeDebateWorld, type DebateWorld } from "@/server/testing/debate-world";
import { callerFor, testDb } from "@/server/testing/world";

let world: DebateWorld;
beforeEach(async () => {
  world = await makeDebateWorld();
});

const castAll = async () => {
  const ballot = (voter: typeof world.student, teamId: string) =>
    callerFor(voter).vote.cast({ courseId: world.course.id, roundId: world.votingRound.id, teamId });
  await ballot(world.student, world.liberalismTeam.id);
  await ballot(world.opponent, world.realismTeam.id);
};
const closeVoting = () =>
  callerFor(world.instructor).round.act({ courseId: world.course.id, roundId: world.votingRound.id, action: { type: "closeVoting" } });
const resultsFor = async (viewer: typeof world.student) => (await callerFor(viewer).vote.results({ courseId: world.course.id, debateId: world.debate.id }))[0]!;

describe("who voted for whom", () => {
  it("shows staff each voter's choice once voting has closed, and never students", async () => {
    await castAll();
    expect((await resultsFor(world.instructor)).voters).toBeNull();

    await closeVoting();
    const expected = [
      { voterId: world.opponent.id, voterName: "Otto Opponent", teamId: world.realismTeam.id },
      { voterId: world.student.id, voterName: "Sam Student", teamId: world.liberalismTeam.id },
    ];
    expect((await resultsFor(world.instructor)).voters).toEqual(expected);
    expect((await resultsFor(world.ta)).voters).toEqual(expected);
    expect((await resultsFor(world.student)).voters).toBeNull();
  });

  it("stays hidden when the debate's voting is anonymous", async () => {
    await testDb().debate.update({ where: { id: world.debate.id }, data: { anonymousVoting: true } });
    await castAll();
    await closeVoting();
    const result = await resultsFor(world.instructor);
    expect(result.tally?.ballotsCounted).toBe(2);
    expect(result.voters).toBeNull();
  });
});

describe("casting a ballot", () => {
  it("tells the course's open pages after it is stored, once for a burst of ballots", async () => {
    const controller = new AbortController();
    const events = courseEvents(env().DATABASE_URL, world.course.id, controller.signal);
    const received: { event: unknown; ballots: number }[] = [];
    const collecting = (async () => {
      for await (const event of events) {
        // What a page re-reading on the event would count.
        received.push({ event, ballots: await testDb().ballot.count({ where: { roundId: world.votingRound.id } }) });
        if (received.length === 2) return;
      }
    })();
    // Give the listener its connection before anything is published.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const cast = (voter: typeof world.student, teamId: string) =>
      callerFor(voter).vote.cast({ courseId: world.course.id, roundId: world.votingRound.id, teamId });
    await Promise.all([cast(world.student, world.liberalismTeam.id), cast(world.teammate, world.liberalismTeam.id), cast(world.opponent, world.realismTeam.id)]);
    await new Promise((resolve) => setTimeout(resolve, BALLOT_EVENT_DELAY_MS + 300));
    await cast(world.opponentTeammate, world.realismTeam.id);
    await collecting;
    controller.abort();
    const event = { courseId: world.course.id, type: "ballot", debateId: world.debate.id, roundId: world.votingRound.id };
    expect(received).toEqual([
      { event, ballots: 3 },
      { event, ballots: 4 },
    ]);
  });
});
