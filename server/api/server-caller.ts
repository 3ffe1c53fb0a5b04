import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import type { SessionUser } from "@/server/api/trpc";
import { findSessionUser } from "@/server/auth/caller";
import { sessionClaims } from "@/server/auth/session";
import { db } from "@/server/db";

/**
 * The signed-in user for this request (deduplicated across a render), or null. A JWT can outlive
 * its account (deleted user, or a database reset in development), so the id is checked against
 * the database, which also gives the current name and email.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const claims = await sessionClaims(await cookies());
  if (!claims) return null;
  return findSessionUser(db(), claims.id);
});

/** A tRPC caller for React Server Components, bound to this request's user. */
export const serverApi = cache(async () => {
  const user = await currentUser();
  // currentUser has just read the account from the database: the access rules need not again.
  return createCaller(createTRPCContext({ db: db(), user, headers: new Headers(await headers()), userChecked: true }));
});
