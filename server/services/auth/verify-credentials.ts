import type { Db } from "@/server/db";
import { verifyPassword } from "@/server/auth/password";
import { AppError } from "@/server/domain/app-error";
import { normalizeEmail } from "@/server/domain/email";

export const unknownEmailMessage = "No account uses that email address";
export const wrongPasswordMessage = "Wrong password";

/** The signed-in identity for an email and password, or an AppError saying which was wrong. */
export async function verifyCredentials(db: Db, input: { email: string; password: string }) {
  const user = await db.user.findUnique({
    where: { email: normalizeEmail(input.email) },
    select: { id: true, email: true, name: true, passwordHash: true },
  });
  if (!user) throw new AppError("UNAUTHORIZED", unknownEmailMessage, { field: "email" });
  if (!user.passwordHash) {
    throw new AppError("UNAUTHORIZED", "This account signs in with GitHub or Google", { field: "email" });
  }
  if (!(await verifyPassword(user.passwordHash, input.password))) {
    throw new AppError("UNAUTHORIZED", wrongPasswordMessage, { field: "password" });
  }
  return { id: user.id, email: user.email, name: user.name };
}

/** Users who arrive through GitHub or Google are matched to an account by their email. */
export async function upsertOAuthUser(db: Db, input: { email: string; name: string }) {
  const email = normalizeEmail(input.email);
  return db.user.upsert({
    where: { email },
    create: { email, name: input.name || email },
    update: {},
    select: { id: true, email: true, name: true },
  });
}
