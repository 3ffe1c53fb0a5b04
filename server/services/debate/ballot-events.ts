import type { Db } from "@/server/db";
import { publishCourseEvent, type CourseEvent } from "@/server/services/events/course-events";

type BallotEvent = Extract<CourseEvent, { type: "ballot" }>;

/**
 * How long ballot events for one round wait to be sent together. A class votes all at once
 * when a round locks, and every open page re-reads the count on each event: a few a second
 * keep the count live without a re-read per ballot per page. PostgreSQL also serialises
 * notifying transactions database-wide (a notification in each ballot's transaction capped
 * ballots near 250/s on a 2-core machine), so the ballots themselves are written without one.
 */
export const BALLOT_EVENT_DELAY_MS = 500;

const pending = new Set<string>();

/**
 * Announces a round's new ballot count, sent at most once per BALLOT_EVENT_DELAY_MS per round
 * and process. Call after the ballot has committed: the event then goes out after it, so
 * listeners that re-read see it. A ballot that commits once a batch has been sent starts the next.
 */
export function announceBallot(db: Pick<Db, "$executeRaw">, event: BallotEvent) {
  const key = `${event.courseId}:${event.roundId}`;
  if (pending.has(key)) return;
  pending.add(key);
  setTimeout(() => {
    pending.delete(key);
    publishCourseEvent(db, event).catch((error: unknown) => console.error("Could not announce ballots:", error));
  }, BALLOT_EVENT_DELAY_MS).unref();
}
