/**
 * A stand-in web process for the fan-out test: subscribes to one course's events through
 * PostgreSQL and prints each as a JSON line, after a first line saying it is listening.
 */
import { env } from "@/server/env";
import { courseEvents, whenListening } from "@/server/services/events/course-events";

const courseId = process.argv[2] ?? "";
const events = courseEvents(env().DATABASE_URL, courseId, undefined);
await whenListening(env().DATABASE_URL);
console.log(JSON.stringify({ ready: true }));
for await (const event of events) console.log(JSON.stringify(event));
