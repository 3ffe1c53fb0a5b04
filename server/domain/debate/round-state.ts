import { AppError } from "@/server/domain/app-error";

/**
 * A debate round's life: SCHEDULED → OPEN → LOCKED → VOTING → CLOSED.
 *
 * The state is never stored: it is derived from the round's timestamps and the current time, so
 * reads are right to the millisecond even when the job that acts on a lock fires late.
 *
 * Boundary convention: the state changes AT each timestamp. A round is OPEN from opensAt
 * (inclusive) until locksAt (exclusive); at locksAt exactly it has locked.
 *
 * LOCKED is the instant of the lock, when each team's argument is frozen. Voting opens at the
 * lock, so under the convention above no time is spent in LOCKED: at the lock a round with a
 * voting window is VOTING and a round without one is CLOSED. `deriveRoundState` therefore
 * returns a `DerivedRoundState`; LOCKED names the transition services act on.
 */
export type RoundState = "SCHEDULED" | "OPEN" | "LOCKED" | "VOTING" | "CLOSED";
export type DerivedRoundState = Exclude<RoundState, "LOCKED">;

/** The order of the states, for "has the round reached X yet" comparisons. */
export const roundStateOrder: Readonly<Record<RoundState, number>> = { SCHEDULED: 0, OPEN: 1, LOCKED: 2, VOTING: 3, CLOSED: 4 };

/** What an instructor plans. A null `votingClosesAt` means the round has no vote. */
export type RoundPlan = {
  opensAt: Date;
  locksAt: Date;
  votingClosesAt: Date | null;
};

/** The plan plus what instructors did to it; null when it did not happen. */
export type RoundTimestamps = RoundPlan & {
  /** Opened early, before opensAt. */
  openedAt: Date | null;
  /** Locked early, before locksAt. */
  lockedAt: Date | null;
  /** Voting closed early, before votingClosesAt. */
  votingClosedAt: Date | null;
  /** The latest reopening after a lock, and why (shown to students). */
  reopenedAt: Date | null;
  reopenReason: string | null;
};

export type RoundAction =
  | { type: "openNow" }
  | { type: "extendDeadline"; newLocksAt: Date }
  | { type: "lockNow" }
  | { type: "reopen"; reason: string; newLocksAt: Date }
  | { type: "closeVoting" };

const opensAtOf = (round: RoundTimestamps) => Math.min(round.opensAt.getTime(), round.openedAt?.getTime() ?? Infinity);
const locksAtOf = (round: RoundTimestamps) => (round.lockedAt ?? round.locksAt).getTime();
/** When voting ends, or null for a round without a vote. */
const votingEndsAtOf = (round: RoundTimestamps) => (round.votingClosesAt === null ? null : (round.votingClosedAt ?? round.votingClosesAt).getTime());

export function deriveRoundState(round: RoundTimestamps, now: Date): DerivedRoundState {
  const time = now.getTime();
  if (time < opensAtOf(round)) return "SCHEDULED";
  if (time < locksAtOf(round)) return "OPEN";
  const votingEndsAt = votingEndsAtOf(round);
  return votingEndsAt !== null && time < votingEndsAt ? "VOTING" : "CLOSED";
}

/**
 * The next moment after `now` at which the derived state changes, and the state from then on;
 * null once the round is CLOSED. For countdowns, and for scheduling the job that freezes arguments.
 */
export function nextDeadline(round: RoundTimestamps, now: Date): { at: Date; state: DerivedRoundState } | null {
  const next = (at: number) => ({ at: new Date(at), state: deriveRoundState(round, new Date(at)) });
  switch (deriveRoundState(round, now)) {
    case "SCHEDULED":
      return next(opensAtOf(round));
    case "OPEN":
      return next(locksAtOf(round));
    case "VOTING":
      return next(votingEndsAtOf(round)!);
    case "CLOSED":
      return null;
  }
}

const preconditionFailed = (message: string) => new AppError("PRECONDITION_FAILED", message);

/**
 * An instructor's action on a round at `now`: the round's new timestamps, or an AppError —
 * PRECONDITION_FAILED when the action does not fit the round's state, BAD_REQUEST when its
 * input is wrong. Moving the lock later (extend, reopen) moves the end of voting with it, so the
 * voting window keeps its planned length; locking early leaves it, so voting simply starts sooner.
 */
export function transition(round: RoundTimestamps, action: RoundAction, now: Date): RoundTimestamps {
  const state = deriveRoundState(round, now);
  switch (action.type) {
    case "openNow":
      if (state === "OPEN") throw preconditionFailed("The round is already open");
      if (state !== "SCHEDULED") throw preconditionFailed("Cannot open a round that has already locked; reopen it instead");
      return { ...round, openedAt: now };

    case "extendDeadline":
      if (state !== "SCHEDULED" && state !== "OPEN") throw preconditionFailed("Cannot move the deadline of a round that has locked; reopen it instead");
      checkNewDeadline(round, action.newLocksAt, now);
      return { ...round, locksAt: action.newLocksAt, votingClosesAt: shiftedVotingClose(round, action.newLocksAt) };

    case "lockNow":
      if (state === "SCHEDULED") throw preconditionFailed("Cannot lock a round that has not opened yet");
      if (state !== "OPEN") throw preconditionFailed("The round has already locked");
      return { ...round, lockedAt: now };

    case "reopen": {
      if (state === "SCHEDULED") throw preconditionFailed("Cannot reopen a round that has not opened yet");
      if (state === "OPEN") throw preconditionFailed("The round is still open; extend its deadline instead");
      const reason = action.reason.trim();
      if (reason === "") throw new AppError("BAD_REQUEST", "Say why the round is reopened; students see the reason", { field: "reason" });
      checkNewDeadline(round, action.newLocksAt, now);
      return {
        ...round,
        locksAt: action.newLocksAt,
        votingClosesAt: shiftedVotingClose(round, action.newLocksAt),
        lockedAt: null,
        votingClosedAt: null,
        reopenedAt: now,
        reopenReason: reason,
      };
    }

    case "closeVoting":
      if (state === "SCHEDULED" || state === "OPEN") throw preconditionFailed("Cannot close voting before the round has locked");
      if (round.votingClosesAt === null) throw preconditionFailed("This round has no vote to close");
      if (state === "CLOSED") throw preconditionFailed("Voting has already closed");
      return { ...round, votingClosedAt: now };
  }
}

function checkNewDeadline(round: RoundTimestamps, newLocksAt: Date, now: Date) {
  const badDeadline = (message: string) => new AppError("BAD_REQUEST", message, { field: "newLocksAt" });
  const time = newLocksAt.getTime();
  if (Number.isNaN(time)) throw badDeadline("The new deadline is not a valid date");
  if (time <= now.getTime()) throw badDeadline("The new deadline must be in the future");
  if (time <= opensAtOf(round)) throw badDeadline("The new deadline must be after the round opens");
}

function shiftedVotingClose(round: RoundTimestamps, newLocksAt: Date): Date | null {
  if (round.votingClosesAt === null) return null;
  return new Date(newLocksAt.getTime() + (round.votingClosesAt.getTime() - round.locksAt.getTime()));
}

export type RoundPlanError = { field: string; message: string };

const timeLabels = { opensAt: "opening time", locksAt: "lock time", votingClosesAt: "voting close time" } as const;

/**
 * Checks a debate's rounds, in order: each opensAt < locksAt ≤ votingClosesAt, and no round
 * opens before the previous one locks (voting on one round may overlap the next round's writing).
 * Fields are named like "rounds.1.locksAt", counting from 0 as form paths do; messages are for
 * the instructor and name rounds as the setup shows them, counting from 1: "Round 2 (Rebuttal): …".
 */
export function roundsPlanValid(rounds: readonly (RoundPlan & { name?: string | null })[]): { isValid: boolean; errors: RoundPlanError[] } {
  const errors: RoundPlanError[] = [];
  if (rounds.length === 0) errors.push({ field: "rounds", message: "A debate needs at least one round" });
  const roundLabel = (index: number) => {
    const name = rounds[index]?.name?.trim();
    return name ? `Round ${index + 1} (${name})` : `Round ${index + 1}`;
  };

  rounds.forEach((round, index) => {
    const path = `rounds.${index}`;
    const report = (field: keyof typeof timeLabels, problem: string) => errors.push({ field: `${path}.${field}`, message: `${roundLabel(index)}: ${problem}` });
    const invalid = (["opensAt", "locksAt", "votingClosesAt"] as const).filter((field) => {
      const value = round[field];
      return value !== null && Number.isNaN(value.getTime());
    });
    for (const field of invalid) report(field, `the ${timeLabels[field]} is not a valid date`);
    if (invalid.length > 0) return;

    if (round.locksAt.getTime() <= round.opensAt.getTime()) report("locksAt", "the lock time must be after the opening time");
    if (round.votingClosesAt !== null && round.votingClosesAt.getTime() < round.locksAt.getTime()) {
      report("votingClosesAt", "voting must not close before the round locks");
    }
    const previous = rounds[index - 1];
    if (previous && round.opensAt.getTime() < previous.locksAt.getTime()) {
      report("opensAt", `the round must not open before ${roundLabel(index - 1).replace("Round", "round")} locks`);
    }
  });
  return { isValid: errors.length === 0, errors };
}
