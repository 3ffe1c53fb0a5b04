/**
 * What one client may cost the server: malformed and oversized messages, documents that grow too
 * large, too many connections, and documents nobody uses any more.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { issueCollabTicket } from "@/server/auth/collab-ticket";
import { ticketAuthenticator } from "./access";
import { CLOSE_DOCUMENT_TOO_LARGE, CLOSE_MALFORMED, updateMessage } from "./protocol";
import { createCollabServer, type CollabServerOptions } from "./server";
import { createMemoryStore, type DocumentStore } from "./store";
import { closeOf, rawSocket, sleep, TestClients, textOf, upgradeStatus, waitFor } from "./test-clients";

const secret = "collab-limits-test-secret-of-32-characters";
const clients = new TestClients();
const stops: Array<() => Promise<void>> = [];

afterEach(async () => {
  clients.destroyAll();
  for (const stop of stops.splice(0)) await stop();
});

async function startServer(options: Partial<CollabServerOptions> = {}) {
  const server = createCollabServer({ authenticate: ticketAuthenticator({ secret }), log: () => undefined, ...options });
  const url = `ws://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
  stops.push(() => server.close());
  return { server, url };
}

const ticket = (userId: string, document: string) => issueCollabTicket({ userId, userName: userId, document, permission: "write" }, { secret });
const socketUrl = async (url: string, document: string, userId = "mallory") => `${url}/${document}?ticket=${await ticket(userId, document)}`;

/** A document with an owner who has written in it, and a way to check it is unharmed. */
async function ownedDocument(url: string, document: string) {
  const owner = await clients.join(url, document, await ticket("owner", document));
  owner.doc.getText("body").insert(0, "The original argument.");
  const witness = await clients.join(url, document, await ticket("witness", document));
  await waitFor(() => textOf(witness) === "The original argument.", "the witness to read the document");
  return {
    owner,
    async expectIntact() {
      expect(owner.wsconnected).toBe(true);
      const fresh = await clients.join(url, document, await ticket("reader", document));
      expect(textOf(fresh)).toBe("The original argument.");
      // The document still takes edits.
      owner.doc.getText("body").insert(0, "Still: ");
      await waitFor(() => textOf(fresh) === "Still: The original argument.", "a later edit to arrive");
    },
  };
}

function truncatedUpdate(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("body").insert(0, "vandalism");
  const update = Y.encodeStateAsUpdate(doc);
  return updateMessage(update.subarray(0, update.length - 4));
}

/** Well-formed text followed by a broken delete set: applied naively, the text would get in before the error. */
function brokenDeleteSet(): Uint8Array {
  const doc = new Y.Doc();
  doc.getText("body").insert(0, "vandalism");
  const update = Y.encodeStateAsUpdate(doc);
  // The update ends with its delete set: 0 (no clients). Claim five clients and stop.
  return updateMessage(new Uint8Array([...update.subarray(0, update.length - 1), 5]));
}

const malformed: Array<[string, Uint8Array]> = [
  ["an empty message", new Uint8Array([])],
  ["a sync message with no body", new Uint8Array([0])],
  ["an unknown sync message", new Uint8Array([0, 9, 0])],
  ["an update of random bytes", new Uint8Array([0, 2, 6, 200, 1, 255, 7, 3, 99])],
  ["a truncated update", truncatedUpdate()],
  ["an update whose delete set is cut short", brokenDeleteSet()],
  ["a state vector of random bytes", new Uint8Array([0, 0, 3, 255, 255, 255])],
  ["presence that is not JSON", new Uint8Array([1, 6, 1, 1, 1, 2, 123, 33])],
];

describe("limits", () => {
  describe.each(malformed)("%s", (_case, message) => {
    it("closes that connection only and leaves the document intact", async () => {
      const { url } = await startServer();
      const document = "essay-malformed";
      const { expectIntact } = await ownedDocument(url, document);

      const mallory = await rawSocket(await socketUrl(url, document));
      const closed = closeOf(mallory);
      mallory.send(message);
      expect((await closed).code).toBe(CLOSE_MALFORMED);
      await expectIntact();
    });
  });

  it("closes a connection that sends a message over 2 MB, and keeps the document", async () => {
    const { url } = await startServer();
    const document = "essay-oversized";
    const { expectIntact } = await ownedDocument(url, document);

    const doc = new Y.Doc();
    doc.getText("body").insert(0, "x".repeat(2 * 1024 * 1024));
    const mallory = await rawSocket(await socketUrl(url, document));
    const closed = closeOf(mallory);
    mallory.send(updateMessage(Y.encodeStateAsUpdate(doc)));
    expect((await closed).code).toBe(1009);
    await expectIntact();
  });

  it("refuses to grow a document past its size limit, and still takes deletions", async () => {
    const { url } = await startServer({ limits: { maxDocumentBytes: 20_000 } });
    const document = "essay-full";
    const { owner } = await ownedDocument(url, document);
    const writer = await clients.join(url, document, await ticket("writer", document));
    const closes: number[] = [];
    writer.on("connection-close", (event) => closes.push(event?.code ?? 0));

    writer.doc.getText("body").insert(0, "y".repeat(30_000));
    await waitFor(() => closes.includes(CLOSE_DOCUMENT_TOO_LARGE), "the writer to be turned away");
    await sleep(50);
    expect(textOf(owner)).toBe("The original argument.");

    // A document near its limit can still be cut down.
    const nearFull = await clients.join(url, "essay-near-full", await ticket("writer", "essay-near-full"));
    nearFull.doc.getText("body").insert(0, "z".repeat(19_000));
    const other = await clients.join(url, "essay-near-full", await ticket("other", "essay-near-full"));
    await waitFor(() => textOf(other).length === 19_000, "the large text to arrive");
    nearFull.doc.getText("body").delete(0, 18_000);
    await waitFor(() => textOf(other).length === 1_000, "the deletion to arrive");
  });

  it("refuses a user's connections beyond the limit, and frees the slot when one closes", async () => {
    const { url } = await startServer({ limits: { maxConnectionsPerUser: 2 } });
    const first: WebsocketProvider = await clients.join(url, "essay-a", await ticket("sam", "essay-a"));
    await clients.join(url, "essay-b", await ticket("sam", "essay-b"));

    expect(await upgradeStatus(await socketUrl(url, "essay-c", "sam"))).toBe(429);
    expect(await upgradeStatus(await socketUrl(url, "essay-c", "someone-else"))).toBe(101);

    first.destroy();
    await sleep(100); // the server sees the close
    expect(await upgradeStatus(await socketUrl(url, "essay-c", "sam"))).toBe(101);
  });

  it("keeps an unused document for a grace period, then lets it leave memory", async () => {
    const memory = createMemoryStore();
    let loads = 0;
    const store: DocumentStore = { ...memory, load: (document) => ((loads += 1), memory.load(document)) };
    const { server, url } = await startServer({ store, limits: { idleGraceMs: 300 } });

    const first = await clients.join(url, "essay-idle", await ticket("sam", "essay-idle"));
    first.doc.getText("body").insert(0, "kept");
    await sleep(50);
    clients.destroyAll();
    await sleep(100);
    // A reload within the grace period finds the document still in memory.
    const again = await clients.join(url, "essay-idle", await ticket("sam", "essay-idle"));
    expect(textOf(again)).toBe("kept");
    expect(loads).toBe(1);
    clients.destroyAll();

    await waitFor(() => !server.openDocuments().includes("essay-idle"), "the document to leave memory", 2_000);
    const later = await clients.join(url, "essay-idle", await ticket("sam", "essay-idle"));
    expect(textOf(later)).toBe("kept");
    expect(loads).toBe(2);
  });
});
