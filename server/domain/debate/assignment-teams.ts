import type { AssignmentProblem } from "./assignment-problem";

/** Enough for a few hundred students to settle; each pass costs about students² cheap steps. */
const maximumPasses = 40;

/**
 * Splits each position's students into its teams so that few earlier teammates meet again.
 * Team `t` belongs to position `floor(t / teamsPerPosition)`.
 *
 * A greedy start (most-entangled student first, into the team where they know the fewest) is
 * improved by local search: swap two students, or move one from a larger to a smaller team,
 * while that lowers the total "times together before" of the pairs within teams. Swaps and
 * moves may cross positions only when the total times-argued-before stays the same, so rotation
 * keeps priority over variety; pinned students stay on their position.
 */
export function splitIntoTeams(problem: AssignmentProblem, positionOf: Int32Array, order: readonly number[]): Int32Array {
  const { positions, timesArgued, pinnedPosition, teamsPerPosition, timesTogether, earlierTeammates } = problem;
  const studentCount = positionOf.length;
  const positionCount = positions.length;
  const teamCount = positionCount * teamsPerPosition;

  const teamOf = new Int32Array(studentCount).fill(-1);
  const members: number[][] = Array.from({ length: teamCount }, () => []);
  const slot = new Int32Array(studentCount);
  // [student × teams + team] → times the student shared a team before with that team's members.
  const knownInTeam = new Int32Array(studentCount * teamCount);

  const join = (student: number, team: number) => {
    const list = members[team]!;
    slot[student] = list.length;
    list.push(student);
    teamOf[student] = team;
    for (const other of earlierTeammates[student]!) knownInTeam[other * teamCount + team]! += timesTogether[student * studentCount + other]!;
  };
  const leave = (student: number) => {
    const team = teamOf[student]!;
    const list = members[team]!;
    const last = list.pop()!;
    if (last !== student) {
      list[slot[student]!] = last;
      slot[last] = slot[student]!;
    }
    for (const other of earlierTeammates[student]!) knownInTeam[other * teamCount + team]! -= timesTogether[student * studentCount + other]!;
  };

  const rank = new Int32Array(studentCount);
  order.forEach((student, index) => (rank[student] = index));
  for (let position = 0; position < positionCount; position++) {
    const group = order.filter((student) => positionOf[student] === position);
    const capacity = teamSizes(group.length, teamsPerPosition);
    const entanglement = new Map(group.map((student) => [student, group.reduce((sum, other) => sum + timesTogether[student * studentCount + other]!, 0)]));
    group.sort((left, right) => entanglement.get(right)! - entanglement.get(left)! || rank[left]! - rank[right]!);
    for (const student of group) {
      let chosen = -1;
      for (let index = 0; index < teamsPerPosition; index++) {
        const team = position * teamsPerPosition + index;
        if (members[team]!.length >= capacity[index]!) continue;
        if (chosen < 0) {
          chosen = team;
          continue;
        }
        const known = knownInTeam[student * teamCount + team]! - knownInTeam[student * teamCount + chosen]!;
        if (known < 0 || (known === 0 && members[team]!.length < members[chosen]!.length)) chosen = team;
      }
      join(student, chosen);
    }
  }

  const argued = (student: number, team: number) => timesArgued[student * positionCount + Math.floor(team / teamsPerPosition)]!;
  const isPinned = (student: number) => pinnedPosition[student] !== -1;

  for (let pass = 0; pass < maximumPasses; pass++) {
    let improved = false;
    for (const student of order) {
      const home = teamOf[student]!;
      const knownAtHome = knownInTeam[student * teamCount + home]!;
      // A change helps only if one of the two students has an earlier teammate in their team.
      if (knownAtHome === 0) continue;
      let bestChange = 0;
      let bestTeam = -1;
      let bestPartner = -1;
      for (let team = 0; team < teamCount; team++) {
        if (team === home) continue;
        const crossesPositions = Math.floor(team / teamsPerPosition) !== Math.floor(home / teamsPerPosition);
        if (crossesPositions && isPinned(student)) continue;
        const studentChange = knownInTeam[student * teamCount + team]! - knownAtHome;
        const argueChange = argued(student, team) - argued(student, home);
        if (members[home]!.length > members[team]!.length && (!crossesPositions || argueChange === 0) && studentChange < bestChange) {
          bestChange = studentChange;
          bestTeam = team;
          bestPartner = -1;
        }
        for (const partner of members[team]!) {
          if (crossesPositions && (isPinned(partner) || argueChange + argued(partner, home) - argued(partner, team) !== 0)) continue;
          const change =
            studentChange +
            knownInTeam[partner * teamCount + home]! -
            knownInTeam[partner * teamCount + team]! -
            2 * timesTogether[student * studentCount + partner]!;
          if (change < bestChange) {
            bestChange = change;
            bestTeam = team;
            bestPartner = partner;
          }
        }
      }
      if (bestTeam < 0) continue;
      leave(student);
      if (bestPartner >= 0) {
        leave(bestPartner);
        join(bestPartner, home);
      }
      join(student, bestTeam);
      improved = true;
    }
    if (!improved) break;
  }
  return teamOf;
}

/** Sizes of `teams` teams sharing `students` as evenly as possible, larger ones first. */
function teamSizes(students: number, teams: number): number[] {
  const small = Math.floor(students / teams);
  return Array.from({ length: teams }, (_, index) => small + (index < students % teams ? 1 : 0));
}
