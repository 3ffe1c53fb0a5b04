import { z } from "zod";
import { id } from "@/server/api/inputs";
import { createTRPCRouter, protectedProcedure } from "@/server/api/trpc";
import { env } from "@/server/env";
import { notificationEvents } from "@/server/services/notification/notification-events";
import { listNotifications, markNotificationsRead, unreadNotificationCount } from "@/server/services/notification/notifications";

/** A user's own notifications, across courses: signing in is the only access rule. */
export const notificationRouter = createTRPCRouter({
  list: protectedProcedure
    .input(z.object({ limit: z.number().int().min(1).max(100).default(30) }).default({ limit: 30 }))
    .query(({ ctx, input }) => listNotifications(ctx.db, { userId: ctx.user.id, limit: input.limit })),

  unreadCount: protectedProcedure.query(({ ctx }) => unreadNotificationCount(ctx.db, { userId: ctx.user.id })),

  /** Without `notificationId`, marks all of them read. */
  markRead: protectedProcedure
    .input(z.object({ notificationId: id.nullable().default(null) }))
    .mutation(({ ctx, input }) => markNotificationsRead(ctx.db, { userId: ctx.user.id, notificationId: input.notificationId, now: new Date() })),

  /** Tells the signed-in user's bells, and nobody else's, that their notifications changed. */
  events: protectedProcedure.subscription(({ ctx, signal }) => notificationEvents(env().DATABASE_URL, ctx.user.id, signal)),
});
