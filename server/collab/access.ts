import type { IncomingMessage } from "node:http";
import { verifyCollabTicket, type CollabPermission, type CollabTicketClaims } from "@/server/auth/collab-ticket";
import { AppError } from "@/server/domain/app-error";

/** Who is connecting, for which document; throws AppError UNAUTHORIZED or FORBIDDEN. */
export type Authenticate = (request: IncomingMessage, document: string) => Promise<CollabTicketClaims>;

/** What a connection may do, and when to ask again (permissions follow the round's clock). */
export type Grant = {
  permission: CollabPermission;
  /** The next moment the answer may change (a round opening or locking); null when it will not. */
  reviewAt: Date | null;
  /** The round whose live events (a lock, a reopening) should trigger a re-check; null for none. */
  round: { courseId: string; roundId: string } | null;
};

/**
 * What they may do there, at `now`. Asked when a connection arrives and again whenever its
 * round changes; throws AppError NOT_FOUND or FORBIDDEN when they may not be there at all.
 */
export type Authorize = (claims: CollabTicketClaims, now: Date) => Promise<Grant>;

export function ticketAuthenticator(options: { secret?: string } = {}): Authenticate {
  return (request, document) => verifyCollabTicket(requestUrl(request).searchParams.get("ticket"), document, options);
}

/** The ticket's word alone: for documents that have no rules of their own (and for tests). */
export const permissionFromTicket: Authorize = async (claims) => ({ permission: claims.permission, reviewAt: null, round: null });

/** y-websocket connects to `${serverUrl}/${document}`, so the document is the whole path. */
export function documentName(request: IncomingMessage): string {
  try {
    return decodeURIComponent(requestUrl(request).pathname.slice(1));
  } catch (error) {
    throw new AppError("BAD_REQUEST", "Malformed document name", { cause: error });
  }
}

function requestUrl(request: IncomingMessage): URL {
  // Only the path and query matter; the base just makes the relative request target parseable.
  return new URL(request.url ?? "/", "http://collab.invalid");
}
