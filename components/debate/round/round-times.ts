import type { DebateRound } from "@/components/debate/types";

type RoundTimestamps = Pick<DebateRound, "opensAt" | "openedAt" | "locksAt" | "lockedAt" | "votingClosesAt" | "votingClosedAt">;

/** When things actually happen, instructor actions included: opened early, locked early, voting closed early. */
export function effectiveTimes(round: RoundTimestamps) {
  const opensAt = round.openedAt && round.openedAt < round.opensAt ? round.openedAt : round.opensAt;
  return {
    opensAt,
    locksAt: round.lockedAt ?? round.locksAt,
    votingClosesAt: round.votingClosesAt === null ? null : (round.votingClosedAt ?? round.votingClosesAt),
  };
}
