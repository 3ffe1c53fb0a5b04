/**
 * Documents in PostgreSQL: the batched update log, attribution of Yjs client ids, compaction,
 * documents leaving memory, and a collab process killed with SIGKILL in the middle of typing.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import * as awarenessProtocol from "y-protocols/awareness";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { issueCollabTicket } from "@/server/auth/collab-ticket";
import { argumentDocumentName } from "@/server/domain/argument/document-name";
import { env } from "@/server/env";
import { appendUpdates, compactDocument, loadDocument, loadDocumentState } from "@/server/services/collab/document-store";
import { makeDebateWorld } from "@/server/testing/debate-world";
import { callerFor, testDb } from "@/server/testing/world";
import { ticketAuthenticator } from "./access";
import { createPostgresStore } from "./postgres-store";
import { awarenessUpdateMessage } from "./protocol";
import { createCollabServer, type CollabServer } from "./server";
import { freePort, rawSocket, sleep, TestClients, textOf, waitFor } from "./test-clients";

const quiet = () => undefined;
const pool = new pg.Pool({ connectionString: env().DATABASE_URL, max: 2 });
const secret = "collab-persistence-test-secret-of-32-chars";
const clients = new TestClients();
const cleanups: Array<() => Promise<unknown>> = [];

afterEach(async () => {
  clients.destroyAll();
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await pool.end();
});

const uniqueName = (label: string) => `${label}-${randomUUID()}`;
const ticket = (userId: string, document: string) => issueCollabTicket({ userId, userName: userId, document, permission: "write" }, { secret });

/** An in-process server on the PostgreSQL store (ticket permissions, no round rules). */
async function startServer(options: { idleGraceMs?: number; compactAfterUpdates?: number } = {}): Promise<{ server: CollabServer; url: string }> {
  const store = createPostgresStore(testDb(), pool, { log: quiet, compactAfterUpdates: options.compactAfterUpdates });
  const server = createCollabServer({
    authenticate: ticketAuthenticator({ secret }),
    store,
    limits: { idleGraceMs: options.idleGraceMs ?? 30_000 },
    log: quiet,
  });
  const url = `ws://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
  cleanups.push(async () => {
    await server.close();
    await store.close();
  });
  return { server, url };
}

/** The updates a document emits while `change` runs. */
function updatesOf(doc: Y.Doc, change: () => void): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const collect = (update: Uint8Array) => updates.push(update);
  doc.on("update", collect);
  change();
  doc.off("update", collect);
  return updates;
}

const storedText = async (document: string) => (await loadDocument(testDb(), document)).getText("body").toString();

describe("the PostgreSQL store", () => {
  it("writes a burst of updates in one transaction, within 50 ms", async () => {
    const store = createPostgresStore(testDb(), pool, { log: quiet });
    cleanups.push(() => store.close());
    const document = uniqueName("burst");
    const doc = new Y.Doc();
    const updates = updatesOf(doc, () => {
      for (const letter of "Thucydides") doc.getText("body").insert(doc.getText("body").length, letter);
    });

    // A running server's connection pool is warm; the first transaction of a test run is not.
    await store.append(uniqueName("warm-up"), updates[0]!, { userId: null, clients: [] });
    const appendedAt = Date.now();
    await Promise.all(updates.map((update) => store.append(document, update, { userId: "writer", clients: [] })));

    const rows = await testDb().collabUpdate.findMany({ where: { documentName: document }, select: { createdAt: true, userId: true } });
    expect(rows).toHaveLength(10);
    expect(rows.every((row) => row.userId === "writer")).toBe(true);
    // now() is the transaction's start: one value for all rows means one transaction.
    expect(new Set(rows.map((row) => row.createdAt.getTime())).size).toBe(1);
    expect(rows[0]!.createdAt.getTime() - appendedAt).toBeLessThanOrEqual(50);
    expect(await storedText(document)).toBe("Thucydides");
  });

  it("records which user each Yjs client id belongs to, with every update's sender", async () => {
    const { url } = await startServer();
    const document = uniqueName("attribution");
    const alice = await clients.join(url, document, await ticket("alice", document));
    const bob = await clients.join(url, document, await ticket("bob", document));
    alice.doc.getText("body").insert(0, "Thesis. ");
    bob.doc.getText("body").insert(0, "Title. ");
    await waitFor(() => textOf(alice) === textOf(bob) && textOf(alice).length === 15, "the clients to converge");
    await sleep(100);

    const owners = await testDb().collabClient.findMany({ where: { documentName: document }, select: { clientId: true, userId: true } });
    expect(new Map(owners.map((owner) => [Number(owner.clientId), owner.userId]))).toEqual(
      new Map([
        [alice.doc.clientID, "alice"],
        [bob.doc.clientID, "bob"],
      ]),
    );
    const senders = await testDb().collabUpdate.findMany({ where: { documentName: document }, select: { userId: true } });
    expect(senders.map((row) => row.userId).sort()).toEqual(["alice", "bob"]);
  });

  it("credits text re-sent by someone else to the client's announced owner", async () => {
    const { url } = await startServer();
    const document = uniqueName("relay");
    // Alice wrote offline and is present (her presence names her client id) but has not synced;
    // Bob, who had received her text, arrives with it.
    const aliceDoc = new Y.Doc();
    aliceDoc.getText("body").insert(0, "Alice's paragraph");
    const alice = await rawSocket(`${url}/${document}?ticket=${await ticket("alice", document)}`);
    const aliceAwareness = new awarenessProtocol.Awareness(aliceDoc);
    aliceAwareness.setLocalStateField("user", { name: "Alice" });
    alice.send(awarenessUpdateMessage(awarenessProtocol.encodeAwarenessUpdate(aliceAwareness, [aliceDoc.clientID])));
    const witness = await clients.join(url, document, await ticket("witness", document));
    await waitFor(() => witness.awareness.getStates().has(aliceDoc.clientID), "alice's presence");

    const bobDoc = new Y.Doc();
    Y.applyUpdate(bobDoc, Y.encodeStateAsUpdate(aliceDoc));
    await clients.join(url, document, await ticket("bob", document), { doc: bobDoc });
    await waitFor(() => textOf(witness) === "Alice's paragraph", "the text to arrive");
    await sleep(100);

    const owner = await testDb().collabClient.findUnique({ where: { documentName_clientId: { documentName: document, clientId: BigInt(aliceDoc.clientID) } } });
    expect(owner?.userId).toBe("alice");
    aliceAwareness.destroy();
    alice.close();
  });
});

describe("compaction", () => {
  it("folds the log into a snapshot, keeps the log, and loads the same document", async () => {
    const document = uniqueName("compact");
    const doc = new Y.Doc();
    const first = updatesOf(doc, () => {
      doc.getText("body").insert(0, "Anarchy is what states make of it.");
      doc.getText("body").delete(0, 8);
    });
    await appendUpdates(testDb(), first.map((data) => ({ documentName: document, data, userId: "writer" })));

    expect(await compactDocument(testDb(), document, { minimumTail: 3 })).toBe(0);
    expect(await compactDocument(testDb(), document)).toBe(2);
    expect(await compactDocument(testDb(), document)).toBe(0);

    const lastId = (await testDb().collabUpdate.findFirstOrThrow({ where: { documentName: document }, orderBy: { id: "desc" } })).id;
    const stored = await testDb().collabDocument.findUniqueOrThrow({ where: { name: document } });
    expect(stored.snapshotUpdateId).toBe(lastId);
    expect(await testDb().collabUpdate.count({ where: { documentName: document } })).toBe(2);
    expect((await loadDocumentState(testDb(), document)).lastUpdateId).toBe(lastId);

    const later = updatesOf(doc, () => doc.getText("body").insert(0, "Wendt: "));
    await appendUpdates(testDb(), later.map((data) => ({ documentName: document, data, userId: "writer" })));
    expect(await storedText(document)).toBe("Wendt: is what states make of it.");
    // Loading reads the snapshot and only the tail after it.
    await testDb().collabUpdate.updateMany({ where: { documentName: document, id: { lte: lastId } }, data: { data: new Uint8Array([0, 0]) } });
    expect(await storedText(document)).toBe("Wendt: is what states make of it.");
  });

  it("waits for an append still in flight, so its update is not skipped by the snapshot", async () => {
    const document = uniqueName("race");
    const slowDoc = new Y.Doc();
    const fastDoc = new Y.Doc();
    const early = updatesOf(slowDoc, () => slowDoc.getText("body").insert(0, "slow "));
    const fast = updatesOf(fastDoc, () => fastDoc.getMap("meta").set("fast", true));

    // The slow append draws the lower id and commits last; the fast one commits in between.
    let inserted!: () => void;
    let finish!: () => void;
    const insertedSignal = new Promise<void>((resolve) => (inserted = resolve));
    const finishSignal = new Promise<void>((resolve) => (finish = resolve));
    const slow = testDb().$transaction(
      async (tx) => {
        await appendUpdates(tx, early.map((data) => ({ documentName: document, data, userId: "slow" })));
        inserted();
        await finishSignal;
      },
      { timeout: 10_000 },
    );
    await insertedSignal;
    await appendUpdates(testDb(), fast.map((data) => ({ documentName: document, data, userId: "fast" })));
    const compaction = compactDocument(testDb(), document);
    await sleep(200);
    finish();
    await slow;
    await compaction;

    const loaded = await loadDocument(testDb(), document);
    expect(loaded.getText("body").toString()).toBe("slow ");
    expect(loaded.getMap("meta").get("fast")).toBe(true);
  });

  it("runs when a document leaves memory after its grace period", async () => {
    const { server, url } = await startServer({ idleGraceMs: 200, compactAfterUpdates: 1 });
    const document = uniqueName("idle");
    const writer = await clients.join(url, document, await ticket("writer", document));
    writer.doc.getText("body").insert(0, "kept");
    await sleep(100);
    clients.destroyAll();

    await sleep(50);
    expect(server.openDocuments()).toContain(document);
    await waitFor(() => !server.openDocuments().includes(document), "the document to leave memory", 2_000);
    await sleep(200); // compaction follows the store's last flush
    const stored = await testDb().collabDocument.findUnique({ where: { name: document } });
    expect(stored?.snapshot).toBeTruthy();
    expect(await storedText(document)).toBe("kept");
  });
});

describe("a collab process killed with SIGKILL while two people type", () => {
  const entry = path.resolve(import.meta.dirname, "main.ts");

  /** server/collab/main.ts as the launcher runs it, on the test database. */
  async function startProcess(port: number): Promise<ChildProcess> {
    const environment: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: env().DATABASE_URL, NEXTAUTH_SECRET: env().NEXTAUTH_SECRET, COLLAB_PORT: String(port) };
    delete environment.REDIS_URL;
    const child = spawn(process.execPath, ["--import", "tsx", entry], { env: environment, stdio: ["ignore", "pipe", "pipe"] });
    cleanups.push(async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    });
    let output = "";
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on("data", (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes("listening on port")) resolve();
      });
      child.once("exit", (code) => reject(new Error(`collab process exited (${code}): ${output}`)));
    });
    return child;
  }

  /** Appends a numbered token at the end of the text every 5 ms, and remembers each one. */
  function typist(provider: WebsocketProvider, tag: string) {
    const tokens: string[] = [];
    const timer = setInterval(() => {
      const token = `<${tag}${tokens.length}>`;
      const text = provider.doc.getText("body");
      text.insert(text.length, token);
      tokens.push(token);
    }, 5);
    return { tokens, stop: () => clearInterval(timer) };
  }

  it("loses no edit: the log and the reconnecting clients restore everything", async () => {
    const world = await makeDebateWorld();
    const document = argumentDocumentName({ debateId: world.debate.id, roundId: world.openRound.id, teamId: world.realismTeam.id });
    const port = await freePort();
    const url = `ws://127.0.0.1:${port}`;
    const first = await startProcess(port);

    const joinAs = async (person: "student" | "teammate") => {
      const { ticket } = await callerFor(world[person]).collab.ticket({ courseId: world.course.id, documentName: document });
      return clients.join(url, document, ticket, { name: world[person].name });
    };
    const student = await joinAs("student");
    const teammate = await joinAs("teammate");
    const studentTyping = typist(student, "s");
    const teammateTyping = typist(teammate, "t");

    await sleep(400);
    first.kill("SIGKILL");
    await new Promise((resolve) => first.once("exit", resolve));
    await waitFor(() => !student.wsconnected && !teammate.wsconnected, "the clients to notice");
    // They go on typing offline, then the process comes back.
    await sleep(300);
    await startProcess(port);
    await waitFor(() => student.synced && teammate.synced, "both clients to reconnect", 10_000);
    await sleep(300);
    studentTyping.stop();
    teammateTyping.stop();

    const everything = [...studentTyping.tokens, ...teammateTyping.tokens];
    expect(studentTyping.tokens.length).toBeGreaterThan(50);
    await waitFor(() => textOf(student) === textOf(teammate) && everything.every((token) => textOf(student).includes(token)), "both clients to hold every edit");
    await sleep(150); // the last flush
    const stored = await storedText(document);
    expect(everything.filter((token) => !stored.includes(token))).toEqual([]);
    expect(stored).toBe(textOf(student));
  }, 30_000);
});
