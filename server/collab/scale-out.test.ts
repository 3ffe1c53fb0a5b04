/**
 * Two and three collab server processes (in-process here, each with its own Redis connections and
 * its own store) serving one document: edits and presence cross between them through Redis.
 */
import { randomUUID } from "node:crypto";
import { Redis } from "ioredis";
import { afterEach, describe, expect, it } from "vitest";
import { issueCollabTicket } from "@/server/auth/collab-ticket";
import { env } from "@/server/env";
import { ticketAuthenticator } from "./access";
import { createRedisFanOut } from "./redis-fan-out";
import { createCollabServer } from "./server";
import { createMemoryStore } from "./store";
import { TestClients, textOf, waitFor } from "./test-clients";

const secret = "collab-scale-out-test-secret-of-32-chars";
const redisUrl = env().REDIS_URL ?? "redis://127.0.0.1:6379";
const clients = new TestClients();
const stops: Array<() => Promise<void>> = [];

afterEach(async () => {
  clients.destroyAll();
  for (const stop of stops.splice(0)) await stop();
});

/**
 * A server with its own Redis fan-out and its own memory store: whatever one learns from another
 * can only have come through Redis.
 */
async function startProcess(name = `test-${randomUUID()}`): Promise<string> {
  const fanOut = createRedisFanOut(redisUrl, () => undefined, { name });
  const server = createCollabServer({ authenticate: ticketAuthenticator({ secret }), store: createMemoryStore(), fanOut, log: () => undefined });
  const port = await server.listen(0, "127.0.0.1");
  stops.push(async () => {
    await server.close();
    await fanOut.close();
  });
  return `ws://127.0.0.1:${port}`;
}

const ticket = (name: string, document: string) => issueCollabTicket({ userId: name, userName: name, document, permission: "write" }, { secret });

describe("scale-out through Redis", () => {
  it("lets clients on two processes edit one document and converge", async () => {
    const [first, second] = await Promise.all([startProcess(), startProcess()]);
    const document = `essay-${randomUUID()}`;
    const alice = await clients.join(first, document, await ticket("alice", document));
    const bob = await clients.join(second, document, await ticket("bob", document));

    alice.doc.getText("body").insert(0, "Hegemony ");
    await waitFor(() => textOf(bob) === "Hegemony ", "bob, on the other process, to see alice's words");
    bob.doc.getText("body").insert(9, "is stable");
    alice.doc.getText("body").insert(0, "Thesis: ");
    await waitFor(() => textOf(alice) === textOf(bob) && textOf(alice).length === 26, "the two to converge");
    expect(textOf(alice)).toBe("Thesis: Hegemony is stable");
  });

  it("shares presence across processes, and its end", async () => {
    const [first, second] = await Promise.all([startProcess(), startProcess()]);
    const document = `essay-${randomUUID()}`;
    const alice = await clients.join(first, document, await ticket("alice", document), { name: "Alice" });
    const bob = await clients.join(second, document, await ticket("bob", document), { name: "Bob" });
    const aliceId = alice.doc.clientID;

    await waitFor(() => bob.awareness.getStates().get(aliceId)?.user?.name === "Alice", "bob to see alice");
    await waitFor(() => alice.awareness.getStates().get(bob.doc.clientID)?.user?.name === "Bob", "alice to see bob");
    alice.awareness.setLocalStateField("cursor", { anchor: 3, head: 5 });
    await waitFor(() => bob.awareness.getStates().get(aliceId)?.cursor?.head === 5, "bob to see alice's cursor move");

    alice.disconnect();
    await waitFor(() => !bob.awareness.getStates().has(aliceId), "alice to leave bob's presence list");
  });

  it("catches up on what it missed while its Redis connection was down", async () => {
    const lonely = `test-${randomUUID()}`;
    const [first, second] = await Promise.all([startProcess(), startProcess(lonely)]);
    const document = `essay-${randomUUID()}`;
    const alice = await clients.join(first, document, await ticket("alice", document));
    const bob = await clients.join(second, document, await ticket("bob", document));

    // Cut the second process's subscription (it reconnects by itself after ~50 ms) and write meanwhile.
    const admin = new Redis(redisUrl);
    try {
      const clientList = (await admin.call("CLIENT", "LIST")) as string;
      const subscriberId = /id=(\d+) [^\n]*name=stoa-collab:(\S+):subscriber/g;
      const ids = [...clientList.matchAll(subscriberId)].filter((match) => match[2] === lonely).map((match) => match[1]!);
      expect(ids).toHaveLength(1);
      await admin.call("CLIENT", "KILL", "ID", ids[0]!);
    } finally {
      admin.disconnect();
    }
    alice.doc.getText("body").insert(0, "Said while the line was down");

    await waitFor(() => textOf(bob) === "Said while the line was down", "the reconnected process to catch up");
  });

  it("brings a process that loads the document late up to date, edits and presence", async () => {
    const first = await startProcess();
    const document = `essay-${randomUUID()}`;
    const alice = await clients.join(first, document, await ticket("alice", document), { name: "Alice" });
    alice.doc.getText("body").insert(0, "Written before the second process had the document");

    // The late process's own store is empty; it learns the text by asking the others.
    const late = await startProcess();
    const bob = await clients.join(late, document, await ticket("bob", document));
    await waitFor(() => textOf(bob) === textOf(alice), "the late process to catch up");
    await waitFor(() => bob.awareness.getStates().get(alice.doc.clientID)?.user?.name === "Alice", "alice's presence to reach the late process");
  });
});
