import { EventEmitter, on } from "node:events";
import pg from "pg";
import type { Db } from "@/server/db";

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

type Listener = { emitter: EventEmitter; ready: Promise<void> };
const globalForEvents = globalThis as unknown as { stoaCourseEvents?: Listener };

function listener(connectionString: string): Listener {
  if (globalForEvents.stoaCourseEvents) return globalForEvents.stoaCourseEvents;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString });
    client.on("notification", (message) => {
      if (!message.payload) return;
      const event = JSON.parse(message.payload) as CourseEvent;
      emitter.emit(event.courseId, event);
    });
    // A dropped connection would silently stop live updates: reconnect after a pause.
    client.on("error", () => {
      client.end().catch(() => undefined);
      setTimeout(() => void connect().catch(() => undefined), 1_000);
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
  };
  globalForEvents.stoaCourseEvents = { emitter, ready: connect() };
  return globalForEvents.stoaCourseEvents;
}

/** Resolves once this process is listening: events published after that reach it. */
export async function whenListening(connectionString: string): Promise<void> {
  await listener(connectionString).ready;
}

/** The course's events from now on, until `signal` aborts (the subscriber went away). */
export async function* courseEvents(connectionString: string, courseId: string, signal: AbortSignal | undefined): AsyncGenerator<CourseEvent> {
  const { emitter, ready } = listener(connectionString);
  await ready;
  for await (const [event] of on(emitter, courseId, { signal })) yield event as CourseEvent;
}
