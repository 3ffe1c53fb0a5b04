import type { Prisma } from "@/prisma/generated/client";
import { pgChannel } from "@/server/services/events/pg-channel";

/**
 * "You have something new": one event per user whose notifications changed, so every open bell
 * of theirs, on whichever web process, re-reads its list. Like course events it carries ids only.
 */
export type NotificationEvent = { userId: string };

const channel = "stoa_user_notifications";

/**
 * Inside the transaction that created the notifications: PostgreSQL delivers a NOTIFY only when
 * its transaction commits, so a bell never re-reads before the rows are there, and a rolled-back
 * change tells nobody. One NOTIFY per user keeps each payload far below PostgreSQL's 8000-byte cap.
 */
export async function publishNotificationEvents(tx: Pick<Prisma.TransactionClient, "$executeRaw">, userIds: readonly string[]) {
  const payloads = [...new Set(userIds)].map((userId) => JSON.stringify({ userId } satisfies NotificationEvent));
  if (payloads.length === 0) return;
  await tx.$executeRaw`SELECT pg_notify(${channel}, payload) FROM unnest(${payloads}::text[]) AS payload`;
}

const users = pgChannel<NotificationEvent>(channel, (event) => event.userId);

export const whenListeningForNotifications = users.whenListening;

/** The user's notification events from now on, until `signal` aborts. */
export function notificationEvents(connectionString: string, userId: string, signal: AbortSignal | undefined): AsyncGenerator<NotificationEvent> {
  return users.events(connectionString, userId, signal);
}
