import { createHmac } from "node:crypto";
import { errors, jwtVerify, SignJWT } from "jose";
import { z } from "zod";
import { AppError } from "@/server/domain/app-error";
import { env } from "@/server/env";

/**
 * Collaboration tickets: the app (which knows the session and the course permissions) issues a
 * short-lived token for one document; the collab server checks it during the websocket upgrade
 * and never needs the session cookie or the database to admit a connection.
 */

export type CollabPermission = "read" | "write";

export type CollabTicketClaims = {
  userId: string;
  userName: string;
  document: string;
  permission: CollabPermission;
};

export type CollabTicketOptions = {
  /** Defaults to NEXTAUTH_SECRET; tests pass their own. */
  secret?: string;
  /** Defaults to the current time; lets tests issue tickets in the past. */
  now?: Date;
};

/** A ticket only has to live from the page load to the websocket upgrade. */
export const COLLAB_TICKET_TTL_SECONDS = 60;

const ALGORITHM = "HS256";
const AUDIENCE = "stoa-collab";
// A fixed label keeps this key distinct from the one next-auth derives from the same secret.
const KEY_LABEL = "stoa/collab-ticket/v1";

const payloadSchema = z.object({
  sub: z.string().min(1),
  name: z.string(),
  doc: z.string().min(1),
  perm: z.enum(["read", "write"]),
});

function signingKey(secret: string | undefined): Uint8Array {
  return new Uint8Array(createHmac("sha256", secret ?? env().NEXTAUTH_SECRET).update(KEY_LABEL).digest());
}

export async function issueCollabTicket(claims: CollabTicketClaims, options: CollabTicketOptions = {}): Promise<string> {
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({ name: claims.userName, doc: claims.document, perm: claims.permission })
    .setProtectedHeader({ alg: ALGORITHM })
    .setSubject(claims.userId)
    .setAudience(AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + COLLAB_TICKET_TTL_SECONDS)
    .sign(signingKey(options.secret));
}

/**
 * Throws UNAUTHORIZED when the ticket is missing, forged, malformed or expired, and FORBIDDEN
 * when it is genuine but was issued for another document.
 */
export async function verifyCollabTicket(
  token: string | null | undefined,
  expectedDocument: string,
  options: CollabTicketOptions = {},
): Promise<CollabTicketClaims> {
  if (!token) throw new AppError("UNAUTHORIZED", "Collaboration ticket missing");

  let payload: unknown;
  try {
    ({ payload } = await jwtVerify(token, signingKey(options.secret), {
      algorithms: [ALGORITHM],
      audience: AUDIENCE,
      currentDate: options.now,
      maxTokenAge: COLLAB_TICKET_TTL_SECONDS,
      requiredClaims: ["exp", "iat", "sub"],
    }));
  } catch (error) {
    const reason = error instanceof errors.JWTExpired ? "expired" : "invalid";
    throw new AppError("UNAUTHORIZED", `Collaboration ticket ${reason}`, { cause: error });
  }

  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) throw new AppError("UNAUTHORIZED", "Collaboration ticket invalid", { cause: parsed.error });

  const { sub, name, doc, perm } = parsed.data;
  if (doc !== expectedDocument) throw new AppError("FORBIDDEN", "Collaboration ticket is for another document");
  return { userId: sub, userName: name, document: doc, permission: perm };
}
