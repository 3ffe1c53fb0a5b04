import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/server/services/auth/verify-credentials";
import { fieldErrorsOf } from "@/server/api/errors";
import { errorOf } from "@/server/testing/errors";
import { callerFor, testDb, uniqueEmail } from "@/server/testing/world";

describe("auth.signUp", () => {
  it("creates an account that can sign in, with the email normalised", async () => {
    const email = uniqueEmail();
    await callerFor(null).auth.signUp({ name: "Nadia Novak", email: `  ${email.toUpperCase()} `, password: "a long passphrase" });
    const user = await verifyCredentials(testDb(), { email, password: "a long passphrase" });
    expect(user).toMatchObject({ email, name: "Nadia Novak" });
    const stored = await testDb().user.findUniqueOrThrow({ where: { email } });
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    const email = uniqueEmail();
    await callerFor(null).auth.signUp({ name: "First", email, password: "a long passphrase" });
    const error = await errorOf(callerFor(null).auth.signUp({ name: "Second", email: email.toUpperCase(), password: "another passphrase" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.message).toBe("An account with that email already exists");
    expect(await testDb().user.count({ where: { email } })).toBe(1);
  });

  it("names each bad field", async () => {
    const error = await errorOf(callerFor(null).auth.signUp({ name: "", email: "not-an-email", password: "short" }));
    expect(error.code).toBe("BAD_REQUEST");
    expect(fieldErrorsOf(error.cause)).toEqual({
      name: "Name is required",
      email: "Enter a valid email address",
      password: "Password must be at least 8 characters",
    });
  });

  it("tells a wrong password from an unknown email", async () => {
    const email = uniqueEmail();
    await callerFor(null).auth.signUp({ name: "Pat", email, password: "right passphrase" });
    await expect(verifyCredentials(testDb(), { email, password: "wrong passphrase" })).rejects.toThrow("Wrong password");
    await expect(verifyCredentials(testDb(), { email: uniqueEmail(), password: "whatever" })).rejects.toThrow("No account uses that email address");
  });
});
