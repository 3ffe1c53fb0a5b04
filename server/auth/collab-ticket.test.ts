import { createHmac } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/app-error";
import { COLLAB_TICKET_TTL_SECONDS, issueCollabTicket, verifyCollabTicket, type CollabTicketClaims } from "./collab-ticket";

const secret = "a-test-secret-that-is-at-least-32-characters";
const claims: CollabTicketClaims = { userId: "user-1", userName: "Ada Lovelace", document: "team-7", permission: "write" };

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);
  return error;
}

describe("collab tickets", () => {
  it("round-trips the claims for the document it was issued for", async () => {
    const ticket = await issueCollabTicket(claims, { secret });
    await expect(verifyCollabTicket(ticket, "team-7", { secret })).resolves.toEqual(claims);
  });

  it("keeps a read permission", async () => {
    const ticket = await issueCollabTicket({ ...claims, permission: "read" }, { secret });
    const verified = await verifyCollabTicket(ticket, "team-7", { secret });
    expect(verified.permission).toBe("read");
  });

  it("uses NEXTAUTH_SECRET when no secret is passed", async () => {
    const ticket = await issueCollabTicket(claims);
    await expect(verifyCollabTicket(ticket, "team-7")).resolves.toEqual(claims);
    expect((await rejection(verifyCollabTicket(ticket, "team-7", { secret }))).code).toBe("UNAUTHORIZED");
  });

  it("refuses a missing ticket as UNAUTHORIZED", async () => {
    for (const missing of [undefined, null, ""]) {
      expect((await rejection(verifyCollabTicket(missing, "team-7", { secret }))).code).toBe("UNAUTHORIZED");
    }
  });

  it("refuses a ticket signed with another secret as UNAUTHORIZED", async () => {
    const ticket = await issueCollabTicket(claims, { secret: `${secret}-other` });
    expect((await rejection(verifyCollabTicket(ticket, "team-7", { secret }))).code).toBe("UNAUTHORIZED");
  });

  it("refuses a tampered ticket as UNAUTHORIZED", async () => {
    const ticket = await issueCollabTicket(claims, { secret });
    const [header, , signature] = ticket.split(".");
    const forgedPayload = Buffer.from(JSON.stringify({ sub: "user-1", name: "x", doc: "team-8", perm: "write" })).toString("base64url");
    const error = await rejection(verifyCollabTicket(`${header}.${forgedPayload}.${signature}`, "team-8", { secret }));
    expect(error.code).toBe("UNAUTHORIZED");
  });

  it("refuses garbage as UNAUTHORIZED", async () => {
    expect((await rejection(verifyCollabTicket("not-a-jwt", "team-7", { secret }))).code).toBe("UNAUTHORIZED");
  });

  it("is valid for at most a minute", async () => {
    const issuedAt = new Date("2026-11-26T12:00:00Z");
    const ticket = await issueCollabTicket(claims, { secret, now: issuedAt });
    const at = (seconds: number) => new Date(issuedAt.getTime() + seconds * 1000);

    await expect(verifyCollabTicket(ticket, "team-7", { secret, now: at(COLLAB_TICKET_TTL_SECONDS - 1) })).resolves.toEqual(claims);
    const expired = await rejection(verifyCollabTicket(ticket, "team-7", { secret, now: at(COLLAB_TICKET_TTL_SECONDS + 1) }));
    expect(expired.code).toBe("UNAUTHORIZED");
    expect(expired.message).toMatch(/expired/);
    expect(COLLAB_TICKET_TTL_SECONDS).toBeLessThanOrEqual(60);
  });

  it("refuses a genuine ticket for another document as FORBIDDEN", async () => {
    const ticket = await issueCollabTicket(claims, { secret });
    expect((await rejection(verifyCollabTicket(ticket, "team-8", { secret }))).code).toBe("FORBIDDEN");
  });

  it("refuses a correctly signed token that is not a collab ticket", async () => {
    // Same key, but no audience and no document: a token minted for some other purpose.
    const key = new Uint8Array(createHmac("sha256", secret).update("stoa/collab-ticket/v1").digest());
    const other = await new SignJWT({ doc: "team-7", perm: "write", name: "x" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("user-1")
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(key);
    expect((await rejection(verifyCollabTicket(other, "team-7", { secret }))).code).toBe("UNAUTHORIZED");
  });
});
