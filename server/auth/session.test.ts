import { hkdfSync } from "node:crypto";
import { EncryptJWT } from "jose";
import { encode } from "next-auth/jwt";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { errorOf } from "@/server/testing/errors";
import { makeCourse, makeUser, testDb } from "@/server/testing/world";
import { requestCookies, sessionClaims } from "./session";

const secret = "a-session-secret-that-is-at-least-32-characters";
const user = { id: "user-1", email: "ada@example.test", name: "Ada Lovelace" };

/** A session token exactly as next-auth's sign-in sets it. */
const tokenFor = (subject: typeof user, options: { maxAge?: number; secret?: string } = {}) =>
  encode({ token: { sub: subject.id, name: subject.name, email: subject.email }, secret: options.secret ?? secret, maxAge: options.maxAge });

const claimsFromHeader = (cookie: string | undefined) => sessionClaims(requestCookies(new Headers(cookie === undefined ? {} : { cookie })), { secret });

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("session claims", () => {
  it("reads the user from next-auth's session cookie among others", async () => {
    const cookie = `theme=dark; next-auth.session-token=${await tokenFor(user)}; next-auth.csrf-token=abc`;
    expect(await claimsFromHeader(cookie)).toEqual(user);
  });

  it("takes the last of two cookies of one name, as Next's cookies() does for pages", async () => {
    const other = { id: "user-2", email: "grace@example.test", name: "Grace Hopper" };
    expect(await claimsFromHeader(`next-auth.session-token=${await tokenFor(user)}; next-auth.session-token=${await tokenFor(other)}`)).toEqual(other);
  });

  it("is null when signed out", async () => {
    expect(await claimsFromHeader(undefined)).toBeNull();
    expect(await claimsFromHeader("theme=dark")).toBeNull();
  });

  it("is null for a tampered, foreign or expired token", async () => {
    const token = await tokenFor(user);
    const flipped = `${token.slice(0, -3)}${token.at(-3) === "A" ? "B" : "A"}${token.slice(-2)}`;
    expect(await claimsFromHeader(`next-auth.session-token=${flipped}`)).toBeNull();
    expect(await claimsFromHeader("next-auth.session-token=not-a-token")).toBeNull();
    expect(await claimsFromHeader(`next-auth.session-token=${await tokenFor(user, { secret: "another-secret-of-at-least-32-characters" })}`)).toBeNull();
    // Beyond next-auth's 15 s clock tolerance.
    expect(await claimsFromHeader(`next-auth.session-token=${await tokenFor(user, { maxAge: -60 })}`)).toBeNull();
  });

  it("accepts only next-auth's format: direct A256GCM encryption with an expiry", async () => {
    const key = new Uint8Array(hkdfSync("sha256", secret, "", "NextAuth.js Generated Encryption Key", 32));
    const jwe = (expires: boolean) => {
      const jwt = new EncryptJWT({ sub: user.id, name: user.name, email: user.email }).setProtectedHeader({ alg: "dir", enc: "A256GCM" });
      return (expires ? jwt.setExpirationTime("1h") : jwt).encrypt(key);
    };
    expect(await claimsFromHeader(`next-auth.session-token=${await jwe(true)}`)).toEqual(user);
    expect(await claimsFromHeader(`next-auth.session-token=${await jwe(false)}`)).toBeNull();
    const [header, ...rest] = (await tokenFor(user)).split(".");
    const relabelled = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(header!, "base64url").toString()), enc: "A128GCM" })).toString("base64url");
    expect(await claimsFromHeader(`next-auth.session-token=${[relabelled, ...rest].join(".")}`)).toBeNull();
  });

  it("ignores a bearer token: sessions come from the cookie only", async () => {
    const headers = new Headers({ authorization: `Bearer ${await tokenFor(user)}` });
    expect(await sessionClaims(requestCookies(headers), { secret })).toBeNull();
  });

  it("follows next-auth's cookie names: __Secure- over HTTPS, chunks of a long token", async () => {
    const token = await tokenFor(user);
    vi.stubEnv("NEXTAUTH_URL", "https://stoa.example.test");
    expect(await claimsFromHeader(`next-auth.session-token=${token}`)).toBeNull();
    expect(await claimsFromHeader(`__Secure-next-auth.session-token=${token}`)).toEqual(user);
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    const cut = Math.floor(token.length / 2);
    expect(await claimsFromHeader(`next-auth.session-token.1=${token.slice(cut)}; next-auth.session-token.0=${token.slice(0, cut)}`)).toEqual(user);
  });
});

describe("access with a user taken from the session token", () => {
  const tokenCaller = (claims: typeof user) => createCaller(createTRPCContext({ db: testDb(), user: claims }));

  it("sees the account as it is now, and refuses one that was deleted", async () => {
    const student = await makeUser("Session Student");
    const course = await makeCourse([{ user: student, role: "STUDENT" }]);
    const stale = { ...student, name: "Name At Sign-in" };
    await expect(tokenCaller(stale).course.get({ courseId: course.id })).resolves.toMatchObject({ id: course.id });
    await expect(tokenCaller(stale).course.list()).resolves.toHaveLength(1);

    await testDb().user.delete({ where: { id: student.id } });
    expect((await errorOf(tokenCaller(stale).course.get({ courseId: course.id }))).code).toBe("UNAUTHORIZED");
    expect((await errorOf(tokenCaller(stale).course.list())).code).toBe("UNAUTHORIZED");
  });

  it("tells a signed-in non-member from a missing account", async () => {
    const [member, outsider] = await Promise.all([makeUser("Member"), makeUser("Outsider")]);
    const course = await makeCourse([{ user: member, role: "INSTRUCTOR" }]);
    const refused = await errorOf(tokenCaller(outsider).course.get({ courseId: course.id }));
    expect(refused).toMatchObject({ code: "FORBIDDEN", message: "You are not a member of this course" });
    const wrongRole = await errorOf(tokenCaller(member).vote.cast({ courseId: course.id, roundId: "r", teamId: "t" }));
    expect(wrongRole).toMatchObject({ code: "FORBIDDEN", message: "Only students may do this" });
  });
});
