import "server-only";
import { TRPCError } from "@trpc/server";
import { notFound, redirect } from "next/navigation";
import { currentUser } from "@/server/api/server-caller";

/** Sends signed-out visitors to /signin and back to `returnPath` afterwards. */
export async function requireUser(returnPath: string) {
  const user = await currentUser();
  if (!user) redirect(signInPath(returnPath));
  return user;
}

export function signInPath(returnPath: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(returnPath)}`;
}

export type Loaded<T> = { isAllowed: true; data: T } | { isAllowed: false; message: string };

/**
 * Runs a server-side tRPC call for a page. A missing record becomes the not-found page, a
 * FORBIDDEN becomes `{ isAllowed: false }` for the page to explain, and a lapsed session goes
 * back to sign-in. Anything else is a real error for error.tsx.
 */
export async function loadForPage<T>(returnPath: string, load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { isAllowed: true, data: await load() };
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    if (error.code === "NOT_FOUND" || error.code === "BAD_REQUEST") notFound();
    if (error.code === "UNAUTHORIZED") redirect(signInPath(returnPath));
    if (error.code === "FORBIDDEN") return { isAllowed: false, message: error.message };
    throw error;
  }
}
