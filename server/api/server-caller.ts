import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { currentUser as readCurrentUser } from "@/server/auth/session";
import { db } from "@/server/db";

/** The signed-in user for this request (deduplicated across a render). */
export const currentUser = cache(readCurrentUser);

/** A tRPC caller for React Server Components, bound to this request's user. */
export const serverApi = cache(async () => {
  const user = await currentUser();
  // currentUser has just read the account from the database: the access rules need not again.
  return createCaller(createTRPCContext({ db: db(), user, headers: new Headers(await headers()), userChecked: true }));
});
