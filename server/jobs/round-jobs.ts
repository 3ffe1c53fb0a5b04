import type PgBoss from "pg-boss";
import type { Db } from "@/server/db";
import { freezeDueRounds } from "@/server/services/debate/round-control";
import { upcomingRoundDeadlines, type RoundDeadline } from "@/server/services/debate/round-deadlines";
import { sendRoundReminders } from "@/server/services/debate/round-reminders";
import { publishCourseEvent } from "@/server/services/events/course-events";

export const tickQueue = "rounds-tick";
export const deadlineQueue = "rounds-deadline";

/** How far ahead each minute's tick schedules exact deadline jobs. */
const horizonMs = 2 * 60_000;

/**
 * Every minute: freeze any round whose lock has passed (a safety net if a deadline job was
 * missed, say the worker was down), remind debaters of rounds opening or locking within the
 * hour, and queue one job for each deadline in the next two minutes so that locks happen on the
 * second rather than on the next tick.
 */
export async function runTick(boss: Pick<PgBoss, "sendAfter">, db: Db, now: Date) {
  const frozen = await freezeDueRounds(db, now);
  const reminded = await sendRoundReminders(db, now);
  const deadlines = await upcomingRoundDeadlines(db, now, horizonMs);
  for (const deadline of deadlines) {
    // The singleton key makes the minute ticks that see one deadline queue it once.
    await boss.sendAfter(deadlineQueue, deadline, { singletonKey: `${deadline.roundId}@${deadline.at.toISOString()}` }, deadline.at);
  }
  return { frozen, reminded, scheduled: deadlines.length };
}

/** At a deadline: freeze what locked, and tell the course's open pages the round moved on. */
export async function runDeadline(db: Db, deadline: RoundDeadline, now: Date) {
  await freezeDueRounds(db, now);
  await publishCourseEvent(db, { courseId: deadline.courseId, type: "round", debateId: deadline.debateId, roundId: deadline.roundId });
}
