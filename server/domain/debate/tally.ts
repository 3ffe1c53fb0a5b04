import { AppError } from "@/server/domain/app-error";

export type Ballot = { voterId: string; teamId: string };
export type TallyTeam = { teamId: string; position: string };

/** Where an entry stands: rank 1 is the most votes, tied entries share a rank (1, 1, 3). */
export type Standing = {
  votes: number;
  /** votes / counted ballots, 0 when nothing was counted. */
  share: number;
  rank: number;
  behindLeader: number;
};

export type TeamResult = Standing & { teamId: string; position: string };
export type PositionResult = Standing & { position: string; teamIds: string[] };

/**
 * Who won. `winners` holds every entry with the most votes, so a tie is explicit; it is empty
 * when no ballot counted. `margin` is the lead over the runner-up: 0 in a tie, null when there is
 * no runner-up to compare with (nothing counted, or a single entry).
 */
export type Outcome = { winners: string[]; isTie: boolean; margin: number | null };

export type RoundTally = {
  ballotsCounted: number;
  ignoredBallots: { unknownTeam: number; repeatedVoter: number };
  /** In the order the teams were given. */
  teams: TeamResult[];
  /** In the order positions first appear among the teams. */
  positions: PositionResult[];
  teamOutcome: Outcome;
  positionOutcome: Outcome;
};

/**
 * Counts a round's ballots per team and per position (the sum of its teams).
 *
 * The database allows one ballot per voter per round; should a voter still appear twice, their
 * ballots count once when they agree and not at all when they disagree, so the result never
 * depends on the order rows arrive in. Ballots for teams not in the round are left out.
 */
export function tallyRound(ballots: readonly Ballot[], teams: readonly TallyTeam[]): RoundTally {
  const positionOf = new Map<string, string>();
  for (const team of teams) {
    if (positionOf.has(team.teamId)) throw new AppError("BAD_REQUEST", `Team ${team.teamId} is listed twice`, { field: "teams" });
    positionOf.set(team.teamId, team.position);
  }

  const choices = new Map<string, Set<string>>();
  let unknownTeam = 0;
  for (const ballot of ballots) {
    if (!positionOf.has(ballot.teamId)) {
      unknownTeam += 1;
      continue;
    }
    const chosen = choices.get(ballot.voterId) ?? new Set<string>();
    chosen.add(ballot.teamId);
    choices.set(ballot.voterId, chosen);
  }

  const teamVotes = new Map(teams.map((team) => [team.teamId, 0]));
  let ballotsCounted = 0;
  for (const chosen of choices.values()) {
    if (chosen.size !== 1) continue;
    const [teamId] = chosen;
    teamVotes.set(teamId!, teamVotes.get(teamId!)! + 1);
    ballotsCounted += 1;
  }

  const positionTeams = new Map<string, string[]>();
  for (const team of teams) positionTeams.set(team.position, [...(positionTeams.get(team.position) ?? []), team.teamId]);

  const teamEntries = teams.map((team) => ({ ...team, votes: teamVotes.get(team.teamId)! }));
  const positionEntries = [...positionTeams].map(([position, teamIds]) => ({
    position,
    teamIds,
    votes: teamIds.reduce((sum, teamId) => sum + teamVotes.get(teamId)!, 0),
  }));

  return {
    ballotsCounted,
    ignoredBallots: { unknownTeam, repeatedVoter: ballots.length - unknownTeam - ballotsCounted },
    teams: withStandings(teamEntries, ballotsCounted),
    positions: withStandings(positionEntries, ballotsCounted),
    teamOutcome: outcomeOf(teamEntries.map((entry) => [entry.teamId, entry.votes])),
    positionOutcome: outcomeOf(positionEntries.map((entry) => [entry.position, entry.votes])),
  };
}

function withStandings<Entry extends { votes: number }>(entries: readonly Entry[], ballotsCounted: number): (Entry & Standing)[] {
  const leader = Math.max(0, ...entries.map((entry) => entry.votes));
  return entries.map((entry) => ({
    ...entry,
    share: ballotsCounted === 0 ? 0 : entry.votes / ballotsCounted,
    rank: 1 + entries.filter((other) => other.votes > entry.votes).length,
    behindLeader: leader - entry.votes,
  }));
}

function outcomeOf(votesByKey: readonly (readonly [string, number])[]): Outcome {
  const sorted = [...votesByKey].sort((left, right) => right[1] - left[1]);
  const leader = sorted[0]?.[1] ?? 0;
  if (leader === 0) return { winners: [], isTie: false, margin: null };
  const winners = votesByKey.filter(([, votes]) => votes === leader).map(([key]) => key);
  const runnerUp = sorted[1];
  return { winners, isTie: winners.length > 1, margin: runnerUp === undefined ? null : leader - runnerUp[1] };
}
