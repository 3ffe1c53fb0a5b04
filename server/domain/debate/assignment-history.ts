import type { AssignmentHistory, TeammatePair } from "./assignment-problem";

/** One team of an earlier debate: the theory it argued and who was in it. */
export type EarlierTeam = { position: string; studentIds: readonly string[] };

/**
 * The assignment history from the teams of a course's earlier debates (all debates' teams in one
 * list): how often each student argued each theory, and how often each pair shared a team.
 */
export function historyFromEarlierTeams(teams: readonly EarlierTeam[]): AssignmentHistory {
  const timesArgued: Record<string, Record<string, number>> = {};
  const pairs = new Map<string, TeammatePair>();
  for (const team of teams) {
    for (const studentId of team.studentIds) {
      const counts = Object.hasOwn(timesArgued, studentId) ? timesArgued[studentId]! : (timesArgued[studentId] = {});
      counts[team.position] = (Object.hasOwn(counts, team.position) ? counts[team.position]! : 0) + 1;
    }
    const members = [...team.studentIds].sort();
    for (let first = 0; first < members.length; first++) {
      for (let second = first + 1; second < members.length; second++) {
        const studentIds = [members[first]!, members[second]!] as const;
        // A separator that cannot occur in ids (cuids are alphanumeric) keeps keys unambiguous.
        const key = studentIds.join("\u0000");
        const pair = pairs.get(key);
        if (pair) pair.timesTogether += 1;
        else pairs.set(key, { studentIds, timesTogether: 1 });
      }
    }
  }
  return { timesArgued, teammatePairs: [...pairs.values()] };
}
