import type { RoundTimestamps } from "@/server/domain/debate/round-state";

/** The round columns the state machine reads; select these to derive a round's state. */
export const roundTimestampSelect = {
  opensAt: true,
  locksAt: true,
  votingClosesAt: true,
  openedAt: true,
  lockedAt: true,
  votingClosedAt: true,
  reopenedAt: true,
  reopenReason: true,
} as const;

export function toRoundTimestamps(round: RoundTimestamps): RoundTimestamps {
  return {
    opensAt: round.opensAt,
    locksAt: round.locksAt,
    votingClosesAt: round.votingClosesAt,
    openedAt: round.openedAt,
    lockedAt: round.lockedAt,
    votingClosedAt: round.votingClosedAt,
    reopenedAt: round.reopenedAt,
    reopenReason: round.reopenReason,
  };
}
