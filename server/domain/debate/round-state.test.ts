import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/app-error";
import {
  deriveRoundState,
  nextDeadline,
  roundStateOrder,
  roundsPlanValid,
  transition,
  type DerivedRoundState,
  type RoundAction,
  type RoundTimestamps,
} from "./round-state";

const at = (time: string) => new Date(`2026-03-02T${time}Z`);
const millisecondBefore = (date: Date) => new Date(date.getTime() - 1);

/** Opens 09:00, locks 12:00, voting until 14:00. */
const round: RoundTimestamps = {
  opensAt: at("09:00:00"),
  locksAt: at("12:00:00"),
  votingClosesAt: at("14:00:00"),
  openedAt: null,
  lockedAt: null,
  votingClosedAt: null,
  reopenedAt: null,
  reopenReason: null,
};
const withoutVote: RoundTimestamps = { ...round, votingClosesAt: null };

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

describe("deriveRoundState at the boundaries (the state changes at the timestamp)", () => {
  it.each([
    ["a millisecond before opensAt", millisecondBefore(round.opensAt), "SCHEDULED"],
    ["exactly at opensAt", round.opensAt, "OPEN"],
    ["a millisecond before locksAt", millisecondBefore(round.locksAt), "OPEN"],
    ["exactly at locksAt", round.locksAt, "VOTING"],
    ["a millisecond before votingClosesAt", millisecondBefore(at("14:00:00")), "VOTING"],
    ["exactly at votingClosesAt", at("14:00:00"), "CLOSED"],
    ["long after", at("23:00:00"), "CLOSED"],
  ] as const)("%s: %s", (_, now, state) => {
    expect(deriveRoundState(round, now)).toBe(state);
  });

  it("closes a round without a vote at its lock", () => {
    expect(deriveRoundState(withoutVote, millisecondBefore(round.locksAt))).toBe("OPEN");
    expect(deriveRoundState(withoutVote, round.locksAt)).toBe("CLOSED");
  });

  it("closes a round whose voting window is empty at its lock", () => {
    expect(deriveRoundState({ ...round, votingClosesAt: round.locksAt }, round.locksAt)).toBe("CLOSED");
  });

  it("follows the instructor's overrides, each from its own moment", () => {
    const openedEarly = { ...round, openedAt: at("08:00:00") };
    expect(deriveRoundState(openedEarly, millisecondBefore(at("08:00:00")))).toBe("SCHEDULED");
    expect(deriveRoundState(openedEarly, at("08:00:00"))).toBe("OPEN");

    const lockedEarly = { ...round, lockedAt: at("11:00:00") };
    expect(deriveRoundState(lockedEarly, millisecondBefore(at("11:00:00")))).toBe("OPEN");
    expect(deriveRoundState(lockedEarly, at("11:00:00"))).toBe("VOTING");

    const votingClosedEarly = { ...round, votingClosedAt: at("13:00:00") };
    expect(deriveRoundState(votingClosedEarly, millisecondBefore(at("13:00:00")))).toBe("VOTING");
    expect(deriveRoundState(votingClosedEarly, at("13:00:00"))).toBe("CLOSED");
  });
});

describe("nextDeadline", () => {
  it.each([
    ["SCHEDULED", round, at("08:00:00"), { at: round.opensAt, state: "OPEN" }],
    ["OPEN", round, at("10:00:00"), { at: round.locksAt, state: "VOTING" }],
    ["OPEN, no vote", withoutVote, at("10:00:00"), { at: round.locksAt, state: "CLOSED" }],
    ["VOTING", round, at("13:00:00"), { at: at("14:00:00"), state: "CLOSED" }],
    ["VOTING, closing early", { ...round, votingClosedAt: at("13:30:00") }, at("13:00:00"), { at: at("13:30:00"), state: "CLOSED" }],
    ["CLOSED", round, at("15:00:00"), null],
  ] as const)("%s", (_, timestamps, now, expected) => {
    expect(nextDeadline(timestamps, now)).toEqual(expected);
  });

  it("counts down to the lock from the lock's own moment: exactly at opensAt the next change is the lock", () => {
    expect(nextDeadline(round, round.opensAt)).toEqual({ at: round.locksAt, state: "VOTING" });
  });
});

describe("transition: legal actions", () => {
  it("openNow opens a scheduled round at once", () => {
    const next = transition(round, { type: "openNow" }, at("08:00:00"));
    expect(next).toEqual({ ...round, openedAt: at("08:00:00") });
    expect(deriveRoundState(next, at("08:00:00"))).toBe("OPEN");
  });

  it("extendDeadline moves the lock, and the end of voting with it", () => {
    expect(transition(round, { type: "extendDeadline", newLocksAt: at("12:30:00") }, at("10:00:00"))).toEqual({
      ...round,
      locksAt: at("12:30:00"),
      votingClosesAt: at("14:30:00"),
    });
    expect(transition(round, { type: "extendDeadline", newLocksAt: at("13:00:00") }, at("08:00:00"))).toMatchObject({ locksAt: at("13:00:00") });
  });

  it("extendDeadline may also bring the deadline forward, and leaves a round without a vote without one", () => {
    expect(transition(withoutVote, { type: "extendDeadline", newLocksAt: at("11:00:00") }, at("10:00:00"))).toEqual({ ...withoutVote, locksAt: at("11:00:00") });
  });

  it("lockNow locks an open round and opens voting at once, keeping the planned close", () => {
    const next = transition(round, { type: "lockNow" }, at("10:00:00"));
    expect(next).toEqual({ ...round, lockedAt: at("10:00:00") });
    expect(deriveRoundState(next, at("10:00:00"))).toBe("VOTING");
    expect(nextDeadline(next, at("10:00:00"))).toEqual({ at: at("14:00:00"), state: "CLOSED" });
  });

  it("lockNow closes a round without a vote", () => {
    expect(deriveRoundState(transition(withoutVote, { type: "lockNow" }, at("10:00:00")), at("10:00:00"))).toBe("CLOSED");
  });

  it("reopen reopens a round during voting, clearing the early lock, with the reason kept", () => {
    const lockedEarly = transition(round, { type: "lockNow" }, at("11:00:00"));
    const next = transition(lockedEarly, { type: "reopen", reason: "  The editor was down  ", newLocksAt: at("16:00:00") }, at("13:00:00"));
    expect(next).toEqual({
      ...round,
      locksAt: at("16:00:00"),
      votingClosesAt: at("18:00:00"),
      reopenedAt: at("13:00:00"),
      reopenReason: "The editor was down",
    });
    expect(deriveRoundState(next, at("13:00:00"))).toBe("OPEN");
  });

  it("reopen reopens a closed round, clearing an early close of voting", () => {
    const closedEarly = transition(round, { type: "closeVoting" }, at("13:00:00"));
    const next = transition(closedEarly, { type: "reopen", reason: "Missing sources", newLocksAt: at("17:00:00") }, at("15:00:00"));
    expect(next).toMatchObject({ votingClosedAt: null, locksAt: at("17:00:00"), votingClosesAt: at("19:00:00"), reopenReason: "Missing sources" });
    expect(deriveRoundState(next, at("15:00:00"))).toBe("OPEN");
  });

  it("closeVoting ends voting now", () => {
    const next = transition(round, { type: "closeVoting" }, at("13:00:00"));
    expect(next).toEqual({ ...round, votingClosedAt: at("13:00:00") });
    expect(deriveRoundState(next, at("13:00:00"))).toBe("CLOSED");
  });
});

describe("transition: illegal actions", () => {
  const scheduled = at("08:00:00");
  const open = at("10:00:00");
  const voting = at("13:00:00");
  const closed = at("15:00:00");
  const reopen: RoundAction = { type: "reopen", reason: "Outage", newLocksAt: at("20:00:00") };
  const extend: RoundAction = { type: "extendDeadline", newLocksAt: at("20:00:00") };

  it.each([
    ["openNow", "OPEN", round, open, { type: "openNow" }, "The round is already open"],
    ["openNow", "VOTING", round, voting, { type: "openNow" }, "Cannot open a round that has already locked; reopen it instead"],
    ["openNow", "CLOSED", round, closed, { type: "openNow" }, "Cannot open a round that has already locked; reopen it instead"],
    ["extendDeadline", "VOTING", round, voting, extend, "Cannot move the deadline of a round that has locked; reopen it instead"],
    ["extendDeadline", "CLOSED", round, closed, extend, "Cannot move the deadline of a round that has locked; reopen it instead"],
    ["lockNow", "SCHEDULED", round, scheduled, { type: "lockNow" }, "Cannot lock a round that has not opened yet"],
    ["lockNow", "VOTING", round, voting, { type: "lockNow" }, "The round has already locked"],
    ["lockNow", "CLOSED", round, closed, { type: "lockNow" }, "The round has already locked"],
    ["reopen", "SCHEDULED", round, scheduled, reopen, "Cannot reopen a round that has not opened yet"],
    ["reopen", "OPEN", round, open, reopen, "The round is still open; extend its deadline instead"],
    ["closeVoting", "SCHEDULED", round, scheduled, { type: "closeVoting" }, "Cannot close voting before the round has locked"],
    ["closeVoting", "OPEN", round, open, { type: "closeVoting" }, "Cannot close voting before the round has locked"],
    ["closeVoting", "CLOSED", round, closed, { type: "closeVoting" }, "Voting has already closed"],
    ["closeVoting", "CLOSED without a vote", withoutVote, closed, { type: "closeVoting" }, "This round has no vote to close"],
  ] satisfies [string, string, RoundTimestamps, Date, RoundAction, string][])("%s when %s: PRECONDITION_FAILED", (_, __, timestamps, now, action, message) => {
    expect(errorOf(() => transition(timestamps, action, now))).toMatchObject({ code: "PRECONDITION_FAILED", message });
  });

  it.each([
    ["a deadline in the past", round, open, { type: "extendDeadline", newLocksAt: at("09:30:00") }, "The new deadline must be in the future"],
    ["a deadline of right now", round, open, { type: "extendDeadline", newLocksAt: open }, "The new deadline must be in the future"],
    ["a deadline before the round opens", round, scheduled, { type: "extendDeadline", newLocksAt: at("08:30:00") }, "The new deadline must be after the round opens"],
    ["a deadline that is not a date", round, open, { type: "extendDeadline", newLocksAt: new Date("soon") }, "The new deadline is not a valid date"],
    ["a reopen deadline in the past", round, voting, { type: "reopen", reason: "Outage", newLocksAt: at("12:30:00") }, "The new deadline must be in the future"],
  ] satisfies [string, RoundTimestamps, Date, RoundAction, string][])("%s: BAD_REQUEST", (_, timestamps, now, action, message) => {
    expect(errorOf(() => transition(timestamps, action, now))).toMatchObject({ code: "BAD_REQUEST", field: "newLocksAt", message });
  });

  it.each(["", "   "])("a reopen without a reason (%j): BAD_REQUEST", (reason) => {
    expect(errorOf(() => transition(round, { type: "reopen", reason, newLocksAt: at("20:00:00") }, voting))).toMatchObject({
      code: "BAD_REQUEST",
      field: "reason",
      message: "Say why the round is reopened; students see the reason",
    });
  });
});

describe("roundsPlanValid", () => {
  const plan = [
    { opensAt: at("09:00:00"), locksAt: at("10:00:00"), votingClosesAt: at("11:00:00") },
    { opensAt: at("10:00:00"), locksAt: at("12:00:00"), votingClosesAt: at("12:00:00") },
    { opensAt: at("13:00:00"), locksAt: at("14:00:00"), votingClosesAt: null },
  ];

  it("accepts rounds in order, where a round opens as the previous one locks and voting overlaps the next round", () => {
    expect(roundsPlanValid(plan)).toEqual({ isValid: true, errors: [] });
  });

  it("names the field of each problem, and the round in words an instructor reads", () => {
    const result = roundsPlanValid([
      { ...plan[0]!, name: "Opening" },
      { opensAt: at("09:30:00"), locksAt: at("09:30:00"), votingClosesAt: at("09:00:00"), name: "Rebuttal" },
      { opensAt: new Date("not a date"), locksAt: at("14:00:00"), votingClosesAt: null, name: "  " },
    ]);
    expect(result.isValid).toBe(false);
    expect(result.errors).toEqual([
      { field: "rounds.1.locksAt", message: "Round 2 (Rebuttal): the lock time must be after the opening time" },
      { field: "rounds.1.votingClosesAt", message: "Round 2 (Rebuttal): voting must not close before the round locks" },
      { field: "rounds.1.opensAt", message: "Round 2 (Rebuttal): the round must not open before round 1 (Opening) locks" },
      { field: "rounds.2.opensAt", message: "Round 3: the opening time is not a valid date" },
    ]);
  });

  it("numbers rounds without names", () => {
    const [first, second] = plan;
    expect(roundsPlanValid([first!, { ...second!, opensAt: at("09:30:00") }]).errors).toEqual([
      { field: "rounds.1.opensAt", message: "Round 2: the round must not open before round 1 locks" },
    ]);
  });

  it("needs at least one round", () => {
    expect(roundsPlanValid([])).toEqual({ isValid: false, errors: [{ field: "rounds", message: "A debate needs at least one round" }] });
  });

  it("accepts every plan built from positive gaps, and refuses it once any round opens before its predecessor locks", () => {
    const gaps = fc.array(fc.record({ pause: fc.nat(120), writing: fc.integer({ min: 1, max: 240 }), voting: fc.option(fc.nat(240), { nil: null }) }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(gaps, fc.nat(), fc.integer({ min: 1, max: 60 }), (rounds, pick, overlap) => {
        let time = at("08:00:00").getTime();
        const minutes = (count: number) => count * 60_000;
        const built = rounds.map(({ pause, writing, voting }) => {
          const opensAt = new Date((time += minutes(pause)));
          const locksAt = new Date((time += minutes(writing)));
          return { opensAt, locksAt, votingClosesAt: voting === null ? null : new Date(locksAt.getTime() + minutes(voting)) };
        });
        expect(roundsPlanValid(built)).toEqual({ isValid: true, errors: [] });
        if (built.length < 2) return;
        const index = 1 + (pick % (built.length - 1));
        const broken = built.map((plannedRound, roundIndex) =>
          roundIndex === index ? { ...plannedRound, opensAt: new Date(built[index - 1]!.locksAt.getTime() - minutes(overlap)) } : plannedRound,
        );
        expect(roundsPlanValid(broken).errors.map((error) => error.field)).toContain(`rounds.${index}.opensAt`);
      }),
    );
  });
});

describe("round state over time", () => {
  const minutes = (count: number) => count * 60_000;
  const start = at("09:00:00").getTime();
  const timestampsArbitrary = fc
    .record({ opens: fc.integer({ min: -60, max: 120 }), writing: fc.integer({ min: 1, max: 240 }), voting: fc.option(fc.nat(240), { nil: null }) })
    .map(
      ({ opens, writing, voting }): RoundTimestamps => ({
        ...round,
        opensAt: new Date(start + minutes(opens)),
        locksAt: new Date(start + minutes(opens + writing)),
        votingClosesAt: voting === null ? null : new Date(start + minutes(opens + writing + voting)),
      }),
    );
  // Deadlines relative to the moment of the action, in minutes; some in the past on purpose.
  type PlannedAction =
    | { type: "openNow" | "lockNow" | "closeVoting" }
    | { type: "extendDeadline"; inMinutes: number }
    | { type: "reopen"; inMinutes: number; reason: string };
  const actionArbitrary: fc.Arbitrary<PlannedAction> = fc.oneof(
    fc.constantFrom("openNow" as const, "lockNow" as const, "closeVoting" as const).map((type) => ({ type })),
    fc.record({ type: fc.constant("extendDeadline" as const), inMinutes: fc.integer({ min: -30, max: 240 }) }),
    fc.record({ type: fc.constant("reopen" as const), inMinutes: fc.integer({ min: -30, max: 240 }), reason: fc.constantFrom("", "Outage") }),
  );
  const stepsArbitrary = fc.array(fc.record({ wait: fc.nat(90), action: fc.option(actionArbitrary, { freq: 2, nil: null }) }), { maxLength: 40 });

  function toAction(planned: PlannedAction, now: number): RoundAction {
    switch (planned.type) {
      case "extendDeadline":
        return { type: "extendDeadline", newLocksAt: new Date(now + minutes(planned.inMinutes)) };
      case "reopen":
        return { type: "reopen", reason: planned.reason, newLocksAt: new Date(now + minutes(planned.inMinutes)) };
      default:
        return { type: planned.type };
    }
  }

  type Step = { now: Date; round: RoundTimestamps; state: DerivedRoundState; reopened: boolean };

  /** Walks forward in time (on whole minutes, so it often lands exactly on a timestamp), applying each action that is legal then. */
  function walk(initial: RoundTimestamps, steps: readonly { wait: number; action: PlannedAction | null }[]): Step[] {
    let now = start - minutes(90);
    let current = initial;
    const visited: Step[] = [{ now: new Date(now), round: current, state: deriveRoundState(current, new Date(now)), reopened: false }];
    for (const step of steps) {
      now += minutes(step.wait);
      const moment = new Date(now);
      let reopened = false;
      if (step.action !== null) {
        try {
          current = transition(current, toAction(step.action, now), moment);
          reopened = step.action.type === "reopen";
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          expect(["PRECONDITION_FAILED", "BAD_REQUEST"]).toContain(error.code);
        }
      }
      visited.push({ now: moment, round: current, state: deriveRoundState(current, moment), reopened });
    }
    return visited;
  }

  it("never goes backwards, except through a reopen, which always lands on OPEN", () => {
    fc.assert(
      fc.property(timestampsArbitrary, stepsArbitrary, (initial, steps) => {
        const visited = walk(initial, steps);
        visited.slice(1).forEach((step, index) => {
          if (step.reopened) expect(step.state).toBe("OPEN");
          else expect(roundStateOrder[step.state]).toBeGreaterThanOrEqual(roundStateOrder[visited[index]!.state]);
        });
      }),
      { numRuns: 500 },
    );
  });

  it("holds its state until nextDeadline, and takes the announced state exactly then", () => {
    fc.assert(
      fc.property(timestampsArbitrary, stepsArbitrary, (initial, steps) => {
        for (const step of walk(initial, steps)) {
          const deadline = nextDeadline(step.round, step.now);
          if (deadline === null) {
            expect(step.state).toBe("CLOSED");
            expect(deriveRoundState(step.round, new Date(step.now.getTime() + minutes(100_000)))).toBe("CLOSED");
            continue;
          }
          expect(deadline.at.getTime()).toBeGreaterThan(step.now.getTime());
          expect(deriveRoundState(step.round, millisecondBefore(deadline.at))).toBe(step.state);
          expect(deriveRoundState(step.round, deadline.at)).toBe(deadline.state);
          expect(roundStateOrder[deadline.state]).toBeGreaterThan(roundStateOrder[step.state]);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("never rewrites the past, except through a reopen", () => {
    fc.assert(
      fc.property(timestampsArbitrary, stepsArbitrary, (initial, steps) => {
        const visited = walk(initial, steps);
        visited.slice(1).forEach((step, index) => {
          if (step.reopened) return;
          const before = visited[index]!;
          // Every moment up to the action reads the same before and after it.
          for (let time = step.now.getTime() - minutes(300); time < step.now.getTime(); time += minutes(7)) {
            expect(deriveRoundState(step.round, new Date(time))).toBe(deriveRoundState(before.round, new Date(time)));
          }
        });
      }),
      { numRuns: 200 },
    );
  });
});
