import { getServerSession } from "next-auth";
import type { SessionUser } from "@/server/api/trpc";
import { authOptions } from "@/server/auth/options";
import { db } from "@/server/db";

/**
 * The signed-in user, or null. A JWT can outlive its account (deleted user, or a database
 * reset in development), so the id is checked against the database.
 */
export async function currentUser(): Promise<SessionUser | null> {
  const session = await getServerSession(authOptions());
  const id = session?.user?.id;
  if (!id) return null;
  return db().user.findUnique({ where: { id }, select: { id: true, email: true, name: true } });
}
