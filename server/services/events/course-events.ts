import type { Db } from "@/server/db";
import { pgChannel } from "@/server/services/events/pg-channel";

/**
 * Live course events (round state changes, ballot counts, new posts) fanned out through
 * PostgreSQL LISTEN/NOTIFY, so every web process delivers them, with no extra service to run.
 * Events carry ids only; subscribers re-read what they show, through the same access rules.
 */
export type CourseEvent =
  | { courseId: string; type: "round"; debateId: string; roundId: string }
  | { courseId: string; type: "ballot"; debateId: string; roundId: string }
  | { courseId: string; type: "debate"; debateId: string }
  | { courseId: string; type: "post"; threadId: string };

const channel = "stoa_course_events";

/** Call after the change has committed: listeners re-read and must see it. */
export async function publishCourseEvent(db: Pick<Db, "$executeRaw">, event: CourseEvent) {
  await db.$executeRaw`SELECT pg_notify(${channel}, ${JSON.stringify(event)})`;
}

const courses = pgChannel<CourseEvent>(channel, (event) => event.courseId);

/** Resolves once this process is listening: events published after that reach it. */
export const whenListening = courses.whenListening;

/** The course's events from now on, until `signal` aborts (the subscriber went away). */
export function courseEvents(connectionString: string, courseId: string, signal: AbortSignal | undefined): AsyncGenerator<CourseEvent> {
  return courses.events(connectionString, courseId, signal);
}
