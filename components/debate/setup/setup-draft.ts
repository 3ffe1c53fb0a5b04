import { fromDateTimeLocal, toDateTimeLocal } from "@/components/debate/time";
import type { DebateSetupInput, VoterRule } from "@/components/debate/types";

/** A round as the form holds it: the text of each control. */
export type RoundDraft = {
  key: string;
  name: string;
  opensAt: string;
  locksAt: string;
  hasVoting: boolean;
  votingClosesAt: string;
  wordLimit: string;
};

export type TeamMode = "count" | "size";

export type SetupDraft = {
  promptId: string;
  title: string;
  theoryIds: string[];
  teamMode: TeamMode;
  teamsPerPosition: string;
  teamSize: string;
  rounds: RoundDraft[];
  voterRule: VoterRule;
  anonymousVoting: boolean;
  revealAfterLock: boolean;
};

export type SetupErrors = Record<string, string>;

const hour = 3_600_000;
const day = 24 * hour;
export const maxRounds = 10;
const writingDays = 3;
const votingDays = 1;

let nextKey = 0;
const newKey = () => `round-${(nextKey += 1)}`;

/** The next full hour after `now`: a tidy default for the first round. */
export function nextFullHour(now: Date): Date {
  const start = new Date(now);
  start.setMinutes(0, 0, 0);
  start.setTime(start.getTime() + hour);
  return start;
}

function roundFrom(name: string, opensAt: Date, wordLimit: number): RoundDraft {
  const locksAt = new Date(opensAt.getTime() + writingDays * day);
  return {
    key: newKey(),
    name,
    opensAt: toDateTimeLocal(opensAt),
    locksAt: toDateTimeLocal(locksAt),
    hasVoting: true,
    votingClosesAt: toDateTimeLocal(new Date(locksAt.getTime() + votingDays * day)),
    wordLimit: String(wordLimit),
  };
}

/**
 * Opening → Rebuttal → Closing: each open for three days from the previous one's deadline,
 * with a day of voting after each lock (overlapping the next round's writing).
 */
export function defaultRounds(now: Date): RoundDraft[] {
  const opening = roundFrom("Opening", nextFullHour(now), 800);
  const rebuttal = roundFrom("Rebuttal", fromDateTimeLocal(opening.locksAt) ?? now, 600);
  const closing = roundFrom("Closing", fromDateTimeLocal(rebuttal.locksAt) ?? now, 400);
  return [opening, rebuttal, closing];
}

/** A round after the last one: it opens when the last one locks. */
export function roundAfter(rounds: readonly RoundDraft[], now: Date): RoundDraft {
  const last = rounds.at(-1);
  const opensAt = (last && fromDateTimeLocal(last.locksAt)) || nextFullHour(now);
  const wordLimit = Number.parseInt(last?.wordLimit ?? "", 10);
  return roundFrom(`Round ${rounds.length + 1}`, opensAt, Number.isFinite(wordLimit) ? wordLimit : 600);
}

export function defaultDraft(now: Date, theoryIds: string[], promptId: string): SetupDraft {
  return {
    promptId,
    title: "",
    theoryIds,
    teamMode: "count",
    teamsPerPosition: "1",
    teamSize: "4",
    rounds: defaultRounds(now),
    voterRule: "ALL_STUDENTS",
    anonymousVoting: true,
    revealAfterLock: true,
  };
}

const wholeNumber = (value: string): number | null => (/^\s*\d+\s*$/.test(value) ? Number.parseInt(value, 10) : null);

/** Teams per position as the server will form them: a team size wins over a count. */
export function plannedTeams(draft: Pick<SetupDraft, "teamMode" | "teamsPerPosition" | "teamSize">, positionCount: number, studentCount: number): number | null {
  if (draft.teamMode === "count") return wholeNumber(draft.teamsPerPosition);
  const size = wholeNumber(draft.teamSize);
  if (size === null || size < 1 || positionCount < 1) return null;
  return Math.max(1, Math.round(studentCount / (positionCount * size)));
}

type Checked = { errors: SetupErrors; input: Omit<DebateSetupInput, "courseId" | "seed"> | null };

/**
 * Checks the form the way the server will, in the reader's words, keyed like the server's
 * field errors ("rounds.1.locksAt"). Returns the input to send when nothing is wrong.
 */
export function checkSetup(draft: SetupDraft, context: { now: Date; studentCount: number }): Checked {
  const errors: SetupErrors = {};
  if (!draft.promptId) errors.promptId = "Choose the motion to debate";
  if (draft.title.trim().length > 300) errors.title = "The title must be at most 300 characters";
  if (draft.theoryIds.length < 2) errors.theoryIds = "Choose at least two positions";

  let teamsPerPosition = 1;
  let teamSize: number | null = null;
  if (draft.teamMode === "count") {
    const count = wholeNumber(draft.teamsPerPosition);
    if (count === null || count < 1 || count > 20) errors.teamsPerPosition = "Enter a whole number of teams from 1 to 20";
    else teamsPerPosition = count;
  } else {
    const size = wholeNumber(draft.teamSize);
    if (size === null || size < 1 || size > 50) errors.teamSize = "Enter a team size from 1 to 50";
    else teamSize = size;
  }
  const teams = plannedTeams(draft, draft.theoryIds.length, context.studentCount);
  if (!errors.teamsPerPosition && !errors.teamSize && !errors.theoryIds && teams !== null && context.studentCount > 0) {
    const teamCount = teams * draft.theoryIds.length;
    if (context.studentCount < teamCount) {
      const field = draft.teamMode === "count" ? "teamsPerPosition" : "teamSize";
      errors[field] = `${context.studentCount} students cannot fill ${teamCount} teams; use fewer teams per position`;
    }
  }

  if (draft.rounds.length === 0) errors.rounds = "A debate needs at least one round";
  if (draft.rounds.length > maxRounds) errors.rounds = `At most ${maxRounds} rounds`;
  const rounds = draft.rounds.map((round, index) => {
    const path = `rounds.${index}`;
    const opensAt = fromDateTimeLocal(round.opensAt);
    const locksAt = fromDateTimeLocal(round.locksAt);
    const votingClosesAt = round.hasVoting ? fromDateTimeLocal(round.votingClosesAt) : null;
    const name = round.name.trim();
    if (!name) errors[`${path}.name`] = "Give the round a name";
    else if (name.length > 60) errors[`${path}.name`] = "The name must be at most 60 characters";
    if (!opensAt) errors[`${path}.opensAt`] = "Enter when the round opens";
    if (!locksAt) errors[`${path}.locksAt`] = "Enter the deadline";
    else if (opensAt && locksAt <= opensAt) errors[`${path}.locksAt`] = "The deadline must be after the round opens";
    else if (locksAt <= context.now) errors[`${path}.locksAt`] = "This deadline has already passed";
    if (round.hasVoting) {
      if (!votingClosesAt) errors[`${path}.votingClosesAt`] = "Enter when voting closes";
      else if (locksAt && votingClosesAt <= locksAt) errors[`${path}.votingClosesAt`] = "Voting must close after the deadline";
    }
    const previous = draft.rounds[index - 1];
    const previousLocksAt = previous ? fromDateTimeLocal(previous.locksAt) : null;
    if (opensAt && previous && previousLocksAt && opensAt < previousLocksAt) {
      errors[`${path}.opensAt`] = `A round opens once the one before has locked: no earlier than ${previous.name.trim() || `round ${index}`}'s deadline`;
    }
    let wordLimit: number | null = null;
    if (round.wordLimit.trim() !== "") {
      const limit = wholeNumber(round.wordLimit);
      if (limit === null || limit < 50 || limit > 20_000) errors[`${path}.wordLimit`] = "Enter a word limit from 50 to 20000, or leave it empty for none";
      else wordLimit = limit;
    }
    return { name, opensAt: opensAt ?? new Date(Number.NaN), locksAt: locksAt ?? new Date(Number.NaN), votingClosesAt, wordLimit };
  });

  if (Object.keys(errors).length > 0) return { errors, input: null };
  return {
    errors,
    input: {
      promptId: draft.promptId,
      title: draft.title.trim() || null,
      theoryIds: draft.theoryIds,
      teamsPerPosition,
      teamSize,
      rounds,
      voterRule: draft.voterRule,
      anonymousVoting: draft.anonymousVoting,
      revealAfterLock: draft.revealAfterLock,
    },
  };
}

/** The server prefixes field messages with their path ("rounds.1.locksAt: must be…"); the form shows them beside the field. */
export function withoutFieldPrefix(errors: Record<string, string>): SetupErrors {
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message]));
}
