import { AppError } from "@/server/domain/app-error";
import { mulberry32 } from "./seeded-random";

export type Pin = { studentId: string; position: string };

export type TeammatePair = { studentIds: readonly [string, string]; timesTogether: number };

/** What earlier debates of the course tell us; students or theories not in this debate are ignored. */
export type AssignmentHistory = {
  /** studentId → theory key → how many earlier debates the student argued that theory in. */
  timesArgued: Readonly<Record<string, Readonly<Record<string, number>>>>;
  /** Pairs of students who shared a team before, in either order; repeated pairs add up. */
  teammatePairs: readonly TeammatePair[];
};

export type AssignmentInput = {
  studentIds: readonly string[];
  /** The theory keys in play; teams are listed in this order. */
  positions: readonly string[];
  teamsPerPosition: number;
  /**
   * Students per team the instructor would like. When given it wins over `teamsPerPosition`:
   * teams per position = round(students / (positions × hint)), at least one. Every student is
   * still placed, so real sizes are within one of each other rather than exactly the hint.
   */
  teamSizeHint?: number | null;
  history?: AssignmentHistory;
  pins?: readonly Pin[];
  excludedStudentIds?: readonly string[];
  seed: number;
};

/**
 * The input checked and turned into dense integer tables: students and positions become indexes,
 * in sorted order, so that the result depends on the seed and not on the order a query returned
 * rows in (a preview and the later save must agree).
 */
export type AssignmentProblem = {
  studentIds: readonly string[];
  positions: readonly string[];
  teamsPerPosition: number;
  /** Every team has `smallTeamSize` or `smallTeamSize + 1` students; `largeTeamCount` have the latter. */
  smallTeamSize: number;
  largeTeamCount: number;
  /** [student × positions + position] → times argued before. */
  timesArgued: Int32Array;
  /** [student] → pinned position index, or -1. */
  pinnedPosition: Int32Array;
  /** [student × students + other] → times the two shared a team before. */
  timesTogether: Int32Array;
  /** [student] → the students they shared a team with before (so updates skip the zeros). */
  earlierTeammates: readonly Int32Array[];
  random: () => number;
};

const badRequest = (field: string, message: string) => new AppError("BAD_REQUEST", message, { field });

function ownValue<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

function checkCount(value: number, what: string): number {
  if (!Number.isInteger(value) || value < 0) throw badRequest("history", `${what} must be a whole number of at least 0 (got ${value})`);
  return value;
}

function firstDuplicate(values: readonly string[]): string | undefined {
  const seen = new Set<string>();
  for (const value of values) {
    if (seen.has(value)) return value;
    seen.add(value);
  }
  return undefined;
}

const byCodeUnit = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);

export function prepareProblem(input: AssignmentInput): AssignmentProblem {
  if (!Number.isInteger(input.seed)) throw badRequest("seed", "The seed must be a whole number");
  if (input.positions.length < 2) throw badRequest("positions", "A debate needs at least two positions");
  const duplicatePosition = firstDuplicate(input.positions);
  if (duplicatePosition !== undefined) throw badRequest("positions", `Position ${duplicatePosition} is listed twice`);
  const duplicateStudent = firstDuplicate(input.studentIds);
  if (duplicateStudent !== undefined) throw badRequest("studentIds", `Student ${duplicateStudent} is listed twice`);
  if (!Number.isInteger(input.teamsPerPosition) || input.teamsPerPosition < 1) {
    throw badRequest("teamsPerPosition", "Teams per position must be a whole number of at least 1");
  }
  const hint = input.teamSizeHint ?? null;
  if (hint !== null && (!Number.isInteger(hint) || hint < 1)) throw badRequest("teamSizeHint", "The team size must be a whole number of at least 1");

  const known = new Set(input.studentIds);
  const excluded = new Set(input.excludedStudentIds ?? []);
  for (const studentId of excluded) {
    if (!known.has(studentId)) throw badRequest("excludedStudentIds", `Excluded student ${studentId} is not among the students`);
  }
  const studentIds = input.studentIds.filter((studentId) => !excluded.has(studentId)).sort(byCodeUnit);
  const positions = [...input.positions].sort(byCodeUnit);
  const studentIndex = new Map(studentIds.map((studentId, index) => [studentId, index]));
  const positionIndex = new Map(positions.map((position, index) => [position, index]));
  const studentCount = studentIds.length;
  const positionCount = positions.length;

  const teamsPerPosition = hint === null ? input.teamsPerPosition : Math.max(1, Math.round(studentCount / (positionCount * hint)));
  const teamCount = positionCount * teamsPerPosition;
  if (studentCount < teamCount) {
    throw badRequest(
      hint === null ? "teamsPerPosition" : "teamSizeHint",
      `${studentCount} students cannot fill ${teamCount} teams (${positionCount} positions × ${teamsPerPosition}); use fewer teams`,
    );
  }
  const smallTeamSize = Math.floor(studentCount / teamCount);
  const largeTeamCount = studentCount % teamCount;

  const pinnedPosition = new Int32Array(studentCount).fill(-1);
  for (const pin of input.pins ?? []) {
    if (excluded.has(pin.studentId)) throw badRequest("pins", `Student ${pin.studentId} is both pinned and excluded`);
    const student = studentIndex.get(pin.studentId);
    if (student === undefined) throw badRequest("pins", `Pinned student ${pin.studentId} is not among the students`);
    const position = positionIndex.get(pin.position);
    if (position === undefined) throw badRequest("pins", `Student ${pin.studentId} is pinned to ${pin.position}, which is not a position in this debate`);
    if (pinnedPosition[student] !== -1) throw badRequest("pins", `Student ${pin.studentId} is pinned twice`);
    pinnedPosition[student] = position;
  }
  checkPinsFitBalancedTeams(pinnedPosition, positions, teamsPerPosition, smallTeamSize, largeTeamCount);

  const timesArgued = new Int32Array(studentCount * positionCount);
  studentIds.forEach((studentId, student) => {
    const counts = ownValue(input.history?.timesArgued, studentId);
    positions.forEach((position, positionIndexValue) => {
      const count = ownValue(counts, position);
      if (count !== undefined) timesArgued[student * positionCount + positionIndexValue] = checkCount(count, `Times ${studentId} argued ${position}`);
    });
  });

  const timesTogether = new Int32Array(studentCount * studentCount);
  const teammateLists: number[][] = studentIds.map(() => []);
  for (const pair of input.history?.teammatePairs ?? []) {
    const count = checkCount(pair.timesTogether, `Times ${pair.studentIds[0]} and ${pair.studentIds[1]} were teammates`);
    const first = studentIndex.get(pair.studentIds[0]);
    const second = studentIndex.get(pair.studentIds[1]);
    // Students who left the course, or are sitting this debate out, do not constrain anyone.
    if (first === undefined || second === undefined || first === second || count === 0) continue;
    if (timesTogether[first * studentCount + second] === 0) {
      teammateLists[first]?.push(second);
      teammateLists[second]?.push(first);
    }
    timesTogether[first * studentCount + second]! += count;
    timesTogether[second * studentCount + first]! += count;
  }

  return {
    studentIds,
    positions,
    teamsPerPosition,
    smallTeamSize,
    largeTeamCount,
    timesArgued,
    pinnedPosition,
    timesTogether,
    earlierTeammates: teammateLists.map((list) => Int32Array.from(list)),
    random: mulberry32(input.seed),
  };
}

/**
 * Balanced teams have `small` or `small + 1` students, and only `largeTeamCount` can be large.
 * A position with more pins than `teams × small` needs that many of its teams to be large; the
 * pins fit exactly when no position needs more than its teams and all together need no more
 * large teams than there are (the free students can always fill the rest).
 */
function checkPinsFitBalancedTeams(
  pinnedPosition: Int32Array,
  positions: readonly string[],
  teamsPerPosition: number,
  smallTeamSize: number,
  largeTeamCount: number,
) {
  const pinned = new Array<number>(positions.length).fill(0);
  for (const position of pinnedPosition) if (position >= 0) pinned[position] = (pinned[position] ?? 0) + 1;

  const largestPosition = teamsPerPosition * smallTeamSize + Math.min(teamsPerPosition, largeTeamCount);
  let largeTeamsNeeded = 0;
  const crowded: string[] = [];
  pinned.forEach((count, position) => {
    const name = positions[position] ?? "";
    if (count > largestPosition) {
      throw badRequest("pins", `${count} students are pinned to ${name}, but its ${teamsPerPosition} team(s) hold at most ${largestPosition} in balanced teams`);
    }
    const overflow = count - teamsPerPosition * smallTeamSize;
    if (overflow > 0) {
      largeTeamsNeeded += overflow;
      crowded.push(name);
    }
  });
  if (largeTeamsNeeded > largeTeamCount) {
    throw badRequest(
      "pins",
      `Pins make balanced teams impossible: ${crowded.join(", ")} need ${largeTeamsNeeded} teams of ${smallTeamSize + 1}, ` +
        `but only ${largeTeamCount} team(s) can have ${smallTeamSize + 1} students; the others have ${smallTeamSize}`,
    );
  }
}
