// Imported by the instructor's editor in the browser too: keep it free of server-only imports.
import type { AssignmentHistory } from "./assignment-problem";

/** A layout to describe: the generator's proposal, or the instructor's hand-edited version of it. */
export type Layout = {
  /** The theory keys in play, in the order notes list them. */
  positions: readonly string[];
  teams: readonly { position: string; studentIds: readonly string[] }[];
};

export type RepeatedTeammate = { studentId: string; timesTogether: number };

export type StudentNotes = {
  studentId: string;
  position: string;
  /** Times argued before, for each position in play. */
  timesArgued: Record<string, number>;
  /** Times argued the position of this layout before. */
  timesArguedHere: number;
  leastArguedPositions: string[];
  isOnLeastArguedPosition: boolean;
  /** Members of the student's team they shared a team with before, most often first. */
  repeatedTeammates: RepeatedTeammate[];
};

export type LayoutTotals = {
  smallestTeam: number;
  largestTeam: number;
  /** Balanced teams differ by at most one student. */
  isBalanced: boolean;
  /** Sum over students of the times they argued their position before. */
  timesArguedTotal: number;
  studentsOnLeastArguedPosition: number;
  /** Pairs within teams who were teammates before, and their earlier times together summed. */
  repeatedPairs: number;
  repeatedPairTimes: number;
};

export type LayoutDescription = {
  /** Every placed student, team by team in the layout's order. */
  students: StudentNotes[];
  totals: LayoutTotals;
};

const pairKey = (first: string, second: string) => (first < second ? `${first}\u0000${second}` : `${second}\u0000${first}`);

/** Earlier times together per pair, with repeated entries for a pair added up (as the generator does). */
function pairTimes(history: AssignmentHistory): Map<string, number> {
  const times = new Map<string, number>();
  for (const pair of history.teammatePairs) {
    const [first, second] = pair.studentIds;
    if (first === second || pair.timesTogether <= 0) continue;
    const key = pairKey(first, second);
    times.set(key, (times.get(key) ?? 0) + pair.timesTogether);
  }
  return times;
}

function countOf(history: AssignmentHistory, studentId: string, position: string): number {
  // Ids and theory keys are data: "constructor" must not find Object.prototype's.
  const counts = Object.hasOwn(history.timesArgued, studentId) ? history.timesArgued[studentId] : undefined;
  return counts !== undefined && Object.hasOwn(counts, position) ? (counts[position] ?? 0) : 0;
}

const byCodeUnit = (left: string, right: string) => (left < right ? -1 : left > right ? 1 : 0);

/**
 * What the preview tells the instructor about a layout: for each student, how often they argued
 * each position before and who in their team they teamed with before; for the layout, the team
 * sizes, the rotation total and the repeated pairs. The same function describes Stoa's proposal
 * and every hand edit of it, so the notes always match the teams on screen.
 */
export function describeLayout(history: AssignmentHistory, layout: Layout): LayoutDescription {
  const times = pairTimes(history);
  const students: StudentNotes[] = [];
  let repeatedPairs = 0;
  let repeatedPairTimes = 0;

  for (const team of layout.teams) {
    team.studentIds.forEach((studentId, index) => {
      for (const other of team.studentIds.slice(index + 1)) {
        const together = times.get(pairKey(studentId, other)) ?? 0;
        if (together > 0) {
          repeatedPairs += 1;
          repeatedPairTimes += together;
        }
      }
      const counts = layout.positions.map((position) => countOf(history, studentId, position));
      const fewest = Math.min(...counts);
      const timesArguedHere = countOf(history, studentId, team.position);
      const repeatedTeammates = team.studentIds
        .flatMap((other) => {
          const together = other === studentId ? 0 : (times.get(pairKey(studentId, other)) ?? 0);
          return together > 0 ? [{ studentId: other, timesTogether: together }] : [];
        })
        .sort((left, right) => right.timesTogether - left.timesTogether || byCodeUnit(left.studentId, right.studentId));
      students.push({
        studentId,
        position: team.position,
        timesArgued: Object.fromEntries(layout.positions.map((position, positionIndex) => [position, counts[positionIndex]!])),
        timesArguedHere,
        leastArguedPositions: layout.positions.filter((_, positionIndex) => counts[positionIndex] === fewest),
        isOnLeastArguedPosition: timesArguedHere === fewest,
        repeatedTeammates,
      });
    });
  }

  const sizes = layout.teams.map((team) => team.studentIds.length);
  const smallestTeam = sizes.length > 0 ? Math.min(...sizes) : 0;
  const largestTeam = sizes.length > 0 ? Math.max(...sizes) : 0;
  return {
    students,
    totals: {
      smallestTeam,
      largestTeam,
      isBalanced: largestTeam - smallestTeam <= 1,
      timesArguedTotal: students.reduce((sum, notes) => sum + notes.timesArguedHere, 0),
      studentsOnLeastArguedPosition: students.filter((notes) => notes.isOnLeastArguedPosition).length,
      repeatedPairs,
      repeatedPairTimes,
    },
  };
}
