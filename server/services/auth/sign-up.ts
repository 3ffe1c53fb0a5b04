import type { Db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { AppError } from "@/server/domain/app-error";
import { normalizeEmail } from "@/server/domain/email";
import { isUniqueViolation } from "@/server/services/prisma-errors";

export const duplicateEmailMessage = "An account with that email already exists";

export async function signUp(db: Db, input: { name: string; email: string; password: string }) {
  const email = normalizeEmail(input.email);
  const existing = await db.user.findUnique({ where: { email }, select: { id: true } });
  if (existing) throw new AppError("CONFLICT", duplicateEmailMessage, { field: "email" });
  try {
    return await db.user.create({
      data: { email, name: input.name, passwordHash: await hashPassword(input.password) },
      select: { id: true },
    });
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    if (isUniqueViolation(error)) throw new AppError("CONFLICT", duplicateEmailMessage, { field: "email" });
    throw error;
  }
}
