import { describeLayout, type LayoutTotals, type StudentNotes } from "./assignment-notes";
import { placeOnPositions } from "./assignment-positions";
import { prepareProblem, type AssignmentInput, type AssignmentProblem } from "./assignment-problem";
import { splitIntoTeams } from "./assignment-teams";
import { seededShuffle } from "./seeded-random";

export type { AssignmentHistory, AssignmentInput, Pin, TeammatePair } from "./assignment-problem";
export { historyFromEarlierTeams, type EarlierTeam } from "./assignment-history";
export { describeLayout, type Layout, type LayoutDescription, type LayoutTotals, type StudentNotes } from "./assignment-notes";

export type AssignedTeam = { position: string; teamIndex: number; studentIds: string[] };

/** Why a student ended up where they did, for the instructor's preview. */
export type StudentPlacement = StudentNotes & { teamIndex: number; isPinned: boolean };

export type TeamAssignment = {
  /** As used: derived from the team size hint when there was one. */
  teamsPerPosition: number;
  /** Positions in the input order, each with teams 0, 1, …; members in a stable order. */
  teams: AssignedTeam[];
  /** Every placed student, in the input order. */
  students: StudentPlacement[];
  excludedStudentIds: string[];
  summary: LayoutTotals;
};

/**
 * Assigns students to positions and teams: balanced team sizes (within one of each other), each
 * student on the theory they have argued least where capacity allows, then as few earlier
 * teammates meeting again as the search finds. Pins and exclusions are honoured; the same input
 * and seed always give the same assignment, whatever order the ids come in.
 *
 * Throws AppError("BAD_REQUEST") when the input is inconsistent or pins make balance impossible.
 */
export function assignTeams(input: AssignmentInput): TeamAssignment {
  const problem = prepareProblem(input);
  const order = seededShuffle(
    problem.studentIds.map((_, student) => student),
    problem.random,
  );
  const positionOf = placeOnPositions(problem, order);
  const teamOf = splitIntoTeams(problem, positionOf, order);
  return explain(problem, input, teamOf);
}

function explain(problem: AssignmentProblem, input: AssignmentInput, teamOf: Int32Array): TeamAssignment {
  const { studentIds, positions, teamsPerPosition, pinnedPosition } = problem;
  const teamMembers: string[][] = Array.from({ length: positions.length * teamsPerPosition }, () => []);
  studentIds.forEach((studentId, student) => teamMembers[teamOf[student]!]!.push(studentId));
  const teams = input.positions.flatMap((position) => {
    const positionIndex = positions.indexOf(position);
    return Array.from({ length: teamsPerPosition }, (_, teamIndex) => ({
      position,
      teamIndex,
      studentIds: teamMembers[positionIndex * teamsPerPosition + teamIndex]!,
    }));
  });

  // The notes come from the same function the editor uses on hand-edited teams, so they agree.
  const description = describeLayout(input.history ?? { timesArgued: {}, teammatePairs: [] }, { positions: input.positions, teams });
  const teamIndexOf = new Map(teams.flatMap((team) => team.studentIds.map((studentId) => [studentId, team.teamIndex] as const)));
  const isPinned = new Set(studentIds.filter((_, student) => pinnedPosition[student] !== -1));
  const placements = new Map(
    description.students.map((notes) => [notes.studentId, { ...notes, teamIndex: teamIndexOf.get(notes.studentId)!, isPinned: isPinned.has(notes.studentId) }]),
  );
  return {
    teamsPerPosition,
    teams,
    students: input.studentIds.flatMap((studentId) => {
      const placement = placements.get(studentId);
      return placement ? [placement] : [];
    }),
    excludedStudentIds: input.studentIds.filter((studentId) => !placements.has(studentId)),
    summary: description.totals,
  };
}
