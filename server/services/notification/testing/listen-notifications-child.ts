/**
 * A stand-in web process for the fan-out test: subscribes to one user's notification events
 * through PostgreSQL and prints each as a JSON line, after a first line saying it is listening.
 */
import { env } from "@/server/env";
import { notificationEvents, whenListeningForNotifications } from "@/server/services/notification/notification-events";

const userId = process.argv[2] ?? "";
const events = notificationEvents(env().DATABASE_URL, userId, undefined);
await whenListeningForNotifications(env().DATABASE_URL);
console.log(JSON.stringify({ ready: true }));
for await (const event of events) console.log(JSON.stringify(event));
