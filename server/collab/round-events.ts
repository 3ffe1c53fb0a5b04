import { courseEvents } from "@/server/services/events/course-events";
import type { Log } from "./room";

/** Tells rooms when their round changed (locked early, reopened, moved), so they re-check permissions. */
export type RoundEvents = {
  /** Calls `onChange` on each event about the round until the returned function is called. */
  watch(courseId: string, roundId: string, onChange: () => void): () => void;
};

/** No live events: permissions still change on time through each room's deadline timer. */
export const noRoundEvents: RoundEvents = { watch: () => () => undefined };

type CourseWatch = { controller: AbortController; rounds: Map<string, Set<() => void>> };

/**
 * Round events from PostgreSQL LISTEN/NOTIFY (the same channel the web app's pages follow), one
 * subscription per course that has a document open here.
 */
export function courseRoundEvents(connectionString: string, log: Log): RoundEvents {
  const courses = new Map<string, CourseWatch>();

  const follow = async (courseId: string, watch: CourseWatch) => {
    try {
      for await (const event of courseEvents(connectionString, courseId, watch.controller.signal)) {
        if (event.type !== "round") continue;
        for (const onChange of watch.rounds.get(event.roundId) ?? []) onChange();
      }
    } catch (error) {
      if (!watch.controller.signal.aborted) log(`round events for course ${courseId} stopped: ${String(error)}`);
    }
  };

  return {
    watch(courseId, roundId, onChange) {
      let watch = courses.get(courseId);
      if (!watch) {
        watch = { controller: new AbortController(), rounds: new Map() };
        courses.set(courseId, watch);
        void follow(courseId, watch);
      }
      const listeners = watch.rounds.get(roundId) ?? new Set();
      watch.rounds.set(roundId, listeners.add(onChange));
      const current = watch;
      return () => {
        listeners.delete(onChange);
        if (listeners.size === 0) current.rounds.delete(roundId);
        if (current.rounds.size > 0 || courses.get(courseId) !== current) return;
        courses.delete(courseId);
        current.controller.abort();
      };
    },
  };
}
