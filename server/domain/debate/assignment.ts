import { placeOnPositions } from "./assignment-positions";
import { prepareProblem, type AssignmentInput, type AssignmentProblem } from "./assignment-problem";
import { splitIntoTeams } from "./assignment-teams";
import { seededShuffle } from "./seeded-random";

export type { AssignmentHistory, AssignmentInput, Pin, TeammatePair } from "./assignment-problem";
export { historyFromEarlierTeams, type EarlierTeam } from "./assignment-history";

export type AssignedTeam = { position: string; teamIndex: number; studentIds: string[] };

/** Why a student ended up where they did, for the instructor's preview. */
export type StudentPlacement = {
  studentId: string;
  position: string;
  teamIndex: number;
  isPinned: boolean;
  /** Times argued before, for each position in play. */
  timesArgued: Record<string, number>;
  leastArguedPositions: string[];
  isOnLeastArguedPosition: boolean;
  /** Members of the new team the student shared a team with before, most often first. */
  repeatedTeammates: { studentId: string; timesTogether: number }[];
};

export type TeamAssignment = {
  /** As used: derived from the team size hint when there was one. */
  teamsPerPosition: number;
  /** Positions in the input order, each with teams 0, 1, …; members in a stable order. */
  teams: AssignedTeam[];
  /** Every placed student, in the input order. */
  students: StudentPlacement[];
  excludedStudentIds: string[];
  summary: {
    smallestTeam: number;
    largestTeam: number;
    /** Sum over students of the times they argued their new position before. */
    timesArguedTotal: number;
    studentsOnLeastArguedPosition: number;
    /** Pairs in the new teams who were teammates before, and their earlier times together summed. */
    repeatedPairs: number;
    repeatedPairTimes: number;
  };
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
  const { studentIds, positions, teamsPerPosition, timesArgued, pinnedPosition, timesTogether } = problem;
  const studentCount = studentIds.length;
  const positionCount = positions.length;
  const teamMembers: number[][] = Array.from({ length: positionCount * teamsPerPosition }, () => []);
  studentIds.forEach((_, student) => teamMembers[teamOf[student]!]!.push(student));

  const teams = input.positions.flatMap((position) => {
    const positionIndex = positions.indexOf(position);
    return Array.from({ length: teamsPerPosition }, (_, teamIndex) => ({
      position,
      teamIndex,
      studentIds: teamMembers[positionIndex * teamsPerPosition + teamIndex]!.map((student) => studentIds[student]!),
    }));
  });

  const placements = new Map<string, StudentPlacement>();
  let repeatedPairs = 0;
  let repeatedPairTimes = 0;
  studentIds.forEach((studentId, student) => {
    const team = teamOf[student]!;
    const positionIndex = Math.floor(team / teamsPerPosition);
    const counts = positions.map((_, position) => timesArgued[student * positionCount + position]!);
    const fewest = Math.min(...counts);
    const repeatedTeammates = teamMembers[team]!.flatMap((other) => {
      const times = timesTogether[student * studentCount + other]!;
      return times > 0 ? [{ studentId: studentIds[other]!, timesTogether: times }] : [];
    });
    repeatedTeammates.sort((left, right) => right.timesTogether - left.timesTogether);
    for (const teammate of repeatedTeammates) {
      // Each pair is seen from both sides; count it from the side with the smaller id.
      if (studentId < teammate.studentId) {
        repeatedPairs += 1;
        repeatedPairTimes += teammate.timesTogether;
      }
    }
    placements.set(studentId, {
      studentId,
      position: positions[positionIndex]!,
      teamIndex: team % teamsPerPosition,
      isPinned: pinnedPosition[student] !== -1,
      timesArgued: Object.fromEntries(input.positions.map((position) => [position, counts[positions.indexOf(position)]!])),
      leastArguedPositions: input.positions.filter((position) => counts[positions.indexOf(position)] === fewest),
      isOnLeastArguedPosition: counts[positionIndex] === fewest,
      repeatedTeammates,
    });
  });

  const students = input.studentIds.flatMap((studentId) => {
    const placement = placements.get(studentId);
    return placement ? [placement] : [];
  });
  const sizes = teams.map((team) => team.studentIds.length);
  return {
    teamsPerPosition,
    teams,
    students,
    excludedStudentIds: input.studentIds.filter((studentId) => !placements.has(studentId)),
    summary: {
      smallestTeam: Math.min(...sizes),
      largestTeam: Math.max(...sizes),
      timesArguedTotal: students.reduce((sum, placement) => sum + (placement.timesArgued[placement.position] ?? 0), 0),
      studentsOnLeastArguedPosition: students.filter((placement) => placement.isOnLeastArguedPosition).length,
      repeatedPairs,
      repeatedPairTimes,
    },
  };
}
