import type { NotificationKind, Prisma } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";
import { publishNotificationEvents } from "@/server/services/notification/notification-events";

export type NewNotification = { userId: string; courseId: string | null; kind: NotificationKind; title: string; href: string };

/**
 * Called inside the transaction that caused them, so a rolled-back post notifies nobody. Every
 * notification is created here, which makes this the one place that tells open bells to refresh.
 */
export async function notify(tx: Pick<Prisma.TransactionClient, "notification" | "$executeRaw">, notifications: NewNotification[]) {
  if (notifications.length === 0) return;
  await tx.notification.createMany({ data: notifications.map((item) => ({ ...item, title: item.title.slice(0, 300) })) });
  await publishNotificationEvents(tx, notifications.map((item) => item.userId));
}

export async function listNotifications(db: Db, input: { userId: string; limit: number }) {
  const [items, unreadCount] = await Promise.all([
    db.notification.findMany({
      where: { userId: input.userId },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: input.limit,
      select: { id: true, kind: true, title: true, href: true, createdAt: true, readAt: true },
    }),
    unreadNotificationCount(db, { userId: input.userId }),
  ]);
  return { items, unreadCount };
}

export function unreadNotificationCount(db: Db, input: { userId: string }) {
  return db.notification.count({ where: { userId: input.userId, readAt: null } });
}

/** Marks one notification (when `notificationId` is given) or all of the user's as read. */
export async function markNotificationsRead(db: Db, input: { userId: string; notificationId: string | null; now: Date }) {
  const { count } = await db.notification.updateMany({
    where: { userId: input.userId, readAt: null, ...(input.notificationId ? { id: input.notificationId } : {}) },
    data: { readAt: input.now },
  });
  // The user's other tabs and devices update their count too.
  if (count > 0) await publishNotificationEvents(db, [input.userId]);
  if (input.notificationId && count === 0) {
    const exists = await db.notification.count({ where: { id: input.notificationId, userId: input.userId } });
    if (!exists) throw notFound("Notification");
  }
  return { marked: count };
}
