"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import Link from "next/link";
import { LocalTime } from "@/components/debate/local-time";
import { useTRPC } from "@/components/trpc/react";
import { useStreamWhileVisible } from "@/components/trpc/use-stream-while-visible";
import { classNames } from "@/components/ui/class-names";

/**
 * While the stream is up, new notifications arrive over `notification.events` and the poll only
 * guards against a stream that looks connected but delivers nothing (a proxy buffering the
 * response); while it is down (reconnecting, or never allowed), the bell polls as it used to.
 */
const pollWhileLiveMs = 5 * 60_000;
const pollWhileDownMs = 30_000;

/** The bell in the site header: unread count, the latest notifications, mark as read; live over SSE. */
export function NotificationBell() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.notification.pathKey() });
  const isStreaming = useStreamWhileVisible();
  const subscription = useSubscription(
    trpc.notification.events.subscriptionOptions(undefined, {
      enabled: isStreaming,
      // Events may have been missed before a (re)connection: catch up, then rely on the stream.
      onStarted: () => void refresh(),
      onData: () => void refresh(),
    }),
  );
  const isLive = subscription.status === "pending";
  const list = useQuery(trpc.notification.list.queryOptions({ limit: 20 }, { refetchInterval: isLive ? pollWhileLiveMs : pollWhileDownMs }));
  const markRead = useMutation(trpc.notification.markRead.mutationOptions({ onSuccess: refresh }));
  const unread = list.data?.unreadCount ?? 0;
  const label = unread > 0 ? `Notifications, ${unread} unread` : "Notifications";

  return (
    <details className="relative">
      <summary aria-label={label} className="flex cursor-pointer list-none items-center gap-1 rounded-md px-2 py-1 text-stone-800 hover:bg-stone-100">
        <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M6 16V11a6 6 0 1 1 12 0v5l1.5 2h-15L6 16Z" />
          <path d="M10 20a2 2 0 0 0 4 0" />
        </svg>
        {unread > 0 ? (
          <span aria-hidden="true" data-testid="notification-count" className="rounded-full bg-rose-700 px-1.5 text-xs font-semibold text-white">
            {unread}
          </span>
        ) : null}
      </summary>
      {/* The count changes live, without the reader touching the bell: say so to screen readers. */}
      <span role="status" className="sr-only">
        {unread > 0 ? `${unread} unread ${unread === 1 ? "notification" : "notifications"}` : ""}
      </span>
      <div className="absolute right-0 z-20 mt-2 w-80 rounded-lg border border-stone-200 bg-white p-2 shadow-lg">
        <div className="flex items-center justify-between px-2 py-1">
          <h2 className="text-sm font-semibold text-stone-900">Notifications</h2>
          {unread > 0 ? (
            <button type="button" className="text-xs font-medium text-teal-900 underline" onClick={() => markRead.mutate({ notificationId: null })}>
              Mark all read
            </button>
          ) : null}
        </div>
        {list.data && list.data.items.length > 0 ? (
          <ul className="max-h-96 overflow-y-auto">
            {list.data.items.map((item) => (
              <li key={item.id}>
                <Link
                  href={item.href}
                  onClick={() => (item.readAt ? undefined : markRead.mutate({ notificationId: item.id }))}
                  className={classNames("block rounded-md px-2 py-2 text-sm hover:bg-stone-100", item.readAt ? "text-stone-700" : "font-medium text-stone-950")}
                >
                  {item.readAt ? null : <span className="sr-only">Unread: </span>}
                  {item.title}
                  <LocalTime date={new Date(item.createdAt)} className="block text-xs font-normal text-stone-700" />
                </Link>
              </li>
            ))}
          </ul>
        ) : (
          <p className="px-2 py-3 text-sm text-stone-700">{list.isLoading ? "Loading…" : "Nothing new."}</p>
        )}
      </div>
    </details>
  );
}
