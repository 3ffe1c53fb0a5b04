import type { Db } from "@/server/db";
import { nextDeadline } from "@/server/domain/debate/round-state";
import { roundTimestampSelect, toRoundTimestamps } from "@/server/services/debate/round-timestamps";

export type RoundDeadline = { roundId: string; debateId: string; courseId: string; at: Date };

/**
 * Moments within the horizon at which a round of a published debate changes state (opens,
 * locks, closes its vote), so the worker can act and tell open pages right on time.
 */
export async function upcomingRoundDeadlines(db: Db, now: Date, horizonMs: number): Promise<RoundDeadline[]> {
  const window = { gt: now, lte: new Date(now.getTime() + horizonMs) };
  const rounds = await db.round.findMany({
    where: { debate: { status: "PUBLISHED" }, OR: [{ opensAt: window }, { locksAt: window }, { votingClosesAt: window }] },
    select: { id: true, debateId: true, debate: { select: { courseId: true } }, ...roundTimestampSelect },
  });
  return rounds.flatMap((round) => {
    const next = nextDeadline(toRoundTimestamps(round), now);
    if (!next || next.at > window.lte) return [];
    return [{ roundId: round.id, debateId: round.debateId, courseId: round.debate.courseId, at: next.at }];
  });
}
