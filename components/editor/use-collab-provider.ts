"use client";

import { TRPCClientError } from "@trpc/client";
import { useEffect, useState } from "react";
import * as authProtocol from "y-protocols/auth";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import type { ConnectionState } from "@/components/editor/connection";
import { reconnectDelay } from "@/components/editor/connection";
import { useTRPCClient } from "@/components/trpc/react";

export type Permission = "read" | "write";

type Options = {
  courseId: string;
  documentName: string;
  /** The collaboration server, from the ticket the page was rendered with. */
  url: string;
  initialPermission: Permission;
};

export type CollabSession = {
  doc: Y.Doc;
  provider: WebsocketProvider;
};

/** y-websocket's message type for "permission denied" (y-protocols/auth). */
const messageAuth = 2;
/** The server closes with this when the user may no longer open the document (server/collab/protocol.ts). */
const closeAccessRevoked = 4403;
/** Closes after which reconnecting would only fail again: the document is full, or a message was too large. */
const closeDocumentTooLarge = 4413;
const closeMessageTooLarge = 1009;
const finalCloses: Record<number, string> = {
  [closeAccessRevoked]: "Your access to this argument has ended.",
  [closeDocumentTooLarge]: "This argument has reached the size limit; remove something before adding more.",
  [closeMessageTooLarge]: "That change was too large to send (over 2 MB). Reload the page to continue.",
};

const refusalCodes = new Set(["FORBIDDEN", "NOT_FOUND", "UNAUTHORIZED"]);

function refusalOf(error: unknown): string | null {
  if (!(error instanceof TRPCClientError)) return null;
  const code = (error.data as { code?: string } | undefined)?.code;
  return code && refusalCodes.has(code) ? error.message || "You can no longer open this document." : null;
}

/**
 * A Y.Doc on the collaboration server, with the ticket dance around it: every connection
 * attempt (the first and each reconnect) uses a fresh short-lived ticket from `collab.ticket`.
 * y-websocket's own reconnect is replaced by ours so the ticket is always fetched first.
 * Edits made while disconnected stay in the Y.Doc and go out with the next sync.
 */
export function useCollabProvider({ courseId, documentName, url, initialPermission }: Options) {
  const trpcClient = useTRPCClient();
  const [session, setSession] = useState<CollabSession | null>(null);
  const [state, setState] = useState<ConnectionState>("connecting");
  const [permission, setPermission] = useState<Permission>(initialPermission);
  const [isSynced, setIsSynced] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    // No BroadcastChannel: edits between tabs would skip the server's permission check.
    const provider = new WebsocketProvider(url, documentName, doc, { connect: false, params: {}, disableBc: true });
    let isStopped = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failedTicketFetches = 0;

    // The server tells a connection it became read-only (the round locked) with an auth message.
    provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
      authProtocol.readAuthMessage(decoder, doc, () => setPermission("read"));
    };

    const scheduleConnect = (delay: number) => {
      clearTimeout(retryTimer);
      retryTimer = setTimeout(() => void connect(), delay);
    };

    // The editor appears once the first ticket request has answered: with the document when
    // it may be opened (online or not: offline edits are kept), never when it is refused.
    const showEditor = () => setSession((current) => current ?? { doc, provider });

    const connect = async () => {
      if (isStopped || provider.shouldConnect) return;
      try {
        const issued = await trpcClient.collab.ticket.mutate({ courseId, documentName });
        if (isStopped) return;
        failedTicketFetches = 0;
        setPermission(issued.permission);
        showEditor();
        provider.params = { ticket: issued.ticket };
        provider.connect();
      } catch (error) {
        if (isStopped) return;
        const reason = refusalOf(error);
        if (reason) {
          setRefusal(reason);
          return;
        }
        showEditor();
        failedTicketFetches += 1;
        setState(navigator.onLine ? "reconnecting" : "offline");
        scheduleConnect(reconnectDelay(failedTicketFetches));
      }
    };

    provider.on("status", ({ status }) => {
      if (status === "connected") setState("connected");
    });
    provider.on("sync", (synced: boolean) => {
      if (synced) setIsSynced(true);
    });
    provider.on("connection-close", (event) => {
      if (isStopped) return;
      // Runs after y-websocket has finished closing, and before its own reconnect timer fires.
      setTimeout(() => {
        if (isStopped || !provider.shouldConnect) return;
        const finalReason = event?.code === undefined ? undefined : finalCloses[event.code];
        if (finalReason) {
          provider.disconnect();
          setRefusal(finalReason);
          return;
        }
        // Stop y-websocket reconnecting with the old (perhaps expired) ticket; ours fetches a new one.
        provider.disconnect();
        setState(navigator.onLine ? "reconnecting" : "offline");
        scheduleConnect(reconnectDelay(provider.wsUnsuccessfulReconnects));
      }, 0);
    });
    provider.on("closed", ({ code }) => {
      if (isStopped) return;
      const finalReason = finalCloses[code];
      if (finalReason) setRefusal(finalReason);
      else setState("offline");
    });

    const onOnline = () => {
      if (provider.wsconnected) return;
      setState("reconnecting");
      provider.disconnect();
      scheduleConnect(0);
    };
    const onOffline = () => setState("offline");
    window.addEventListener("online", onOnline);
    window.addEventListener("offline", onOffline);

    void connect();

    return () => {
      isStopped = true;
      clearTimeout(retryTimer);
      window.removeEventListener("online", onOnline);
      window.removeEventListener("offline", onOffline);
      provider.destroy();
      doc.destroy();
      setSession(null);
      setIsSynced(false);
      setState("connecting");
    };
  }, [courseId, documentName, url, trpcClient]);

  return { session, state, permission, isSynced, refusal };
}
