import { describe, expect, it } from "vitest";
import { runDeadline, runTick } from "@/server/jobs/round-jobs";
import { courseEvents } from "@/server/services/events/course-events";
import { makeDebateWorld } from "@/server/testing/debate-world";
import { testDb } from "@/server/testing/world";
import { env } from "@/server/env";

describe("round jobs", () => {
  it("a tick freezes rounds whose lock passed with nobody on the page, once, and queues the next deadlines", async () => {
    const now = new Date();
    const world = await makeDebateWorld(now);
    const db = testDb();
    // The opening round locked an hour ago and nobody locked it by hand.
    expect(await db.submission.count({ where: { roundId: world.votingRound.id } })).toBe(0);

    const queued: { data: object; at: Date }[] = [];
    const boss = { sendAfter: async (_queue: string, data: object, _options: object, at: Date) => (queued.push({ data, at }), "job") };
    const first = await runTick(boss as never, db, now);
    expect(first.frozen).toBeGreaterThanOrEqual(1);
    expect(await db.submission.count({ where: { roundId: world.votingRound.id } })).toBe(2);
    expect(await db.submission.count({ where: { roundId: world.openRound.id } })).toBe(0);

    await runTick(boss as never, db, now);
    expect(await db.submission.count({ where: { roundId: world.votingRound.id } })).toBe(2);

    // An hour later the open round's deadline has passed: the next tick freezes it.
    await runTick(boss as never, db, new Date(now.getTime() + 61 * 60_000));
    expect(await db.submission.count({ where: { roundId: world.openRound.id } })).toBe(2);

    // Two minutes before the Closing round opens, the tick queues a job for that exact moment.
    const beforeClosing = new Date(now.getTime() + 59 * 60_000);
    queued.length = 0;
    await runTick(boss as never, db, beforeClosing);
    expect(queued.map((job) => job.at.getTime())).toContain(now.getTime() + 60 * 60_000);
  });

  it("a tick reminds every debater, once, of a round opening or locking within the hour", async () => {
    const now = new Date();
    const world = await makeDebateWorld(now);
    const db = testDb();
    const boss = { sendAfter: async () => "job" };
    const debaters = [world.student.id, world.teammate.id, world.opponent.id, world.opponentTeammate.id];
    const reminders = () =>
      db.notification.findMany({ where: { userId: { in: debaters }, kind: { in: ["ROUND_OPENING", "ROUND_LOCKING"] } }, select: { userId: true, kind: true, title: true } });

    // Rebuttal locks and Closing opens exactly an hour from now: both are within the hour.
    await runTick(boss as never, db, now);
    await runTick(boss as never, db, new Date(now.getTime() + 60_000));
    const sent = await reminders();
    expect(sent.filter((item) => item.kind === "ROUND_LOCKING").map((item) => item.userId).sort()).toEqual([...debaters].sort());
    expect(sent.filter((item) => item.kind === "ROUND_OPENING").map((item) => item.userId).sort()).toEqual([...debaters].sort());
    expect(sent.find((item) => item.kind === "ROUND_LOCKING")?.title).toMatch(/^Rebuttal locks within the hour: /);
    // Nobody outside the debate hears of it.
    expect(await db.notification.count({ where: { userId: world.outsider.id } })).toBe(0);
  });

  it("a deadline job tells the course's open pages through LISTEN/NOTIFY", async () => {
    const world = await makeDebateWorld();
    const controller = new AbortController();
    const events = courseEvents(env().DATABASE_URL, world.course.id, controller.signal);
    const received: unknown[] = [];
    const collecting = (async () => {
      for await (const event of events) {
        received.push(event);
        if (received.length === 2) return;
      }
    })();
    // Give the listener its connection before anything is published.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await runDeadline(testDb(), { roundId: world.openRound.id, debateId: world.debate.id, courseId: world.course.id, at: new Date() }, new Date());
    await collecting;
    controller.abort();
    // The overdue opening round froze on the way (its own event), then the deadline's round.
    expect(received).toEqual([
      { courseId: world.course.id, type: "round", debateId: world.debate.id, roundId: world.votingRound.id },
      { courseId: world.course.id, type: "round", debateId: world.debate.id, roundId: world.openRound.id },
    ]);
  });
});
