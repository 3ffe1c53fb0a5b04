import type { IncomingMessage } from "node:http";
import { verifyCollabTicket, type CollabPermission, type CollabTicketClaims } from "@/server/auth/collab-ticket";
import { AppError } from "@/server/domain/app-error";

/** Who is connecting, for which document; throws AppError UNAUTHORIZED or FORBIDDEN. */
export type Authenticate = (request: IncomingMessage, document: string) => Promise<CollabTicketClaims>;

/** What they may do there. The ticket's word for now; later also the round's state. */
export type Authorize = (claims: CollabTicketClaims) => Promise<CollabPermission>;

export function ticketAuthenticator(options: { secret?: string } = {}): Authenticate {
  return (request, document) => verifyCollabTicket(requestUrl(request).searchParams.get("ticket"), document, options);
}

export const permissionFromTicket: Authorize = async (claims) => claims.permission;

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
