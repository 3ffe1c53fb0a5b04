import type { NotificationKind } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { deriveRoundState } from "@/server/domain/debate/round-state";
import { roundTimestampSelect, toRoundTimestamps } from "@/server/services/debate/round-timestamps";
import { notify } from "@/server/services/notification/notifications";

/** How far ahead debaters are told that a round opens or locks. */
export const reminderLeadMs = 60 * 60_000;

type Reminder = { action: "remindOpening" | "remindLocking"; kind: NotificationKind; verb: string };
const opening: Reminder = { action: "remindOpening", kind: "ROUND_OPENING", verb: "opens" };
const locking: Reminder = { action: "remindLocking", kind: "ROUND_LOCKING", verb: "locks" };

/**
 * Tells every debater of a published debate, once, when a round opens or locks within the next
 * hour. A RoundEvent marks each reminder sent; a reopened round earns a fresh locking reminder.
 */
export async function sendRoundReminders(db: Db, now: Date): Promise<number> {
  const window = { gt: now, lte: new Date(now.getTime() + reminderLeadMs) };
  const rounds = await db.round.findMany({
    where: { debate: { status: "PUBLISHED" }, OR: [{ opensAt: window }, { locksAt: window }, { lockedAt: window }] },
    select: { id: true, name: true, debate: { select: { id: true, title: true, courseId: true } }, ...roundTimestampSelect },
  });
  let sent = 0;
  for (const round of rounds) {
    const state = deriveRoundState(toRoundTimestamps(round), now);
    const due = [
      ...(state === "SCHEDULED" && round.opensAt <= window.lte ? [opening] : []),
      ...(state === "OPEN" && (round.lockedAt ?? round.locksAt) <= window.lte ? [locking] : []),
    ];
    for (const reminder of due) {
      if (await remindOnce(db, round, reminder)) sent++;
    }
  }
  return sent;
}

async function remindOnce(
  db: Db,
  round: { id: string; name: string; reopenedAt: Date | null; debate: { id: string; title: string; courseId: string } },
  reminder: Reminder,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    // The row lock makes two workers ticking at once send one reminder.
    await tx.$queryRaw`SELECT id FROM "Round" WHERE id = ${round.id} FOR UPDATE`;
    const already = await tx.roundEvent.count({
      where: { roundId: round.id, action: reminder.action, ...(round.reopenedAt ? { createdAt: { gt: round.reopenedAt } } : {}) },
    });
    if (already > 0) return false;
    const debaters = await tx.teamMember.findMany({ where: { debateId: round.debate.id }, select: { userId: true } });
    await notify(
      tx,
      debaters.map(({ userId }) => ({
        userId,
        courseId: round.debate.courseId,
        kind: reminder.kind,
        title: `${round.name} ${reminder.verb} within the hour: ${round.debate.title}`,
        href: `/courses/${round.debate.courseId}/debates/${round.debate.id}`,
      })),
    );
    await tx.roundEvent.create({ data: { roundId: round.id, action: reminder.action } });
    return true;
  });
}
