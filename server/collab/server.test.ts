import { connect as connectTcp } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { issueCollabTicket, type CollabPermission } from "@/server/auth/collab-ticket";
import { ticketAuthenticator } from "./access";
import { createCollabServer, type CollabServer } from "./server";
import { createMemoryStore } from "./store";

const secret = "collab-server-test-secret-of-32-characters";
let server: CollabServer;
let port: number;
const providers: WebsocketProvider[] = [];

beforeAll(async () => {
  server = createCollabServer({ authenticate: ticketAuthenticator({ secret }), log: () => undefined });
  port = await server.listen(0, "127.0.0.1");
});

afterEach(() => {
  for (const provider of providers.splice(0)) {
    provider.destroy();
    provider.doc.destroy();
  }
});

afterAll(async () => {
  await server.close();
});

const serverUrl = () => `ws://127.0.0.1:${port}`;

function ticketFor(document: string, permission: CollabPermission = "write", options: { now?: Date; secret?: string } = {}) {
  return issueCollabTicket({ userId: `user-${permission}`, userName: `A ${permission}r`, document, permission }, { secret, ...options });
}

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A y-websocket client as the browser will use it, synced with the server. */
async function join(document: string, ticket: string, doc = new Y.Doc(), url = serverUrl()): Promise<WebsocketProvider> {
  const provider = new WebsocketProvider(url, document, doc, {
    params: { ticket },
    // The ws package's client is API-compatible with the browser's WebSocket that the types name.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // Otherwise clients in one process talk through a BroadcastChannel and bypass the server.
    disableBc: true,
  });
  providers.push(provider);
  await waitFor(() => provider.synced, `${document} to sync`);
  return provider;
}

const text = (provider: WebsocketProvider) => provider.doc.getText("body").toString();

/** Every byte the server sends back to a raw upgrade request, until it closes the socket (or 2 s). */
function rawUpgrade(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connectTcp(port, "127.0.0.1");
    // An accepted connection stays open; stop listening so the test fails on the bytes, not a timeout.
    socket.setTimeout(2_000, () => socket.destroy());
    const chunks: Buffer[] = [];
    socket.on("connect", () => {
      socket.write(
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
          `Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    });
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => resolve(Buffer.concat(chunks).toString("latin1")));
  });
}

/** The status a ws client sees, and how many body bytes came with it. */
function refusal(url: string): Promise<{ status: number; bodyBytes: number }> {
  return new Promise((resolve, reject) => {
    const client = new WebSocket(url);
    client.on("open", () => reject(new Error("the server accepted the connection")));
    client.on("unexpected-response", (_request, response) => {
      let bodyBytes = 0;
      response.on("data", (chunk: Buffer) => (bodyBytes += chunk.length));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, bodyBytes }));
    });
    client.on("error", () => undefined);
  });
}

describe("collab server", () => {
  it("answers the health check", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(response.status).toBe(200);
  });

  it("lets two writers converge", async () => {
    const alice = await join("essay-1", await ticketFor("essay-1"));
    const bob = await join("essay-1", await ticketFor("essay-1"));

    alice.doc.getText("body").insert(0, "Socrates ");
    await waitFor(() => text(bob) === "Socrates ", "bob to see alice's words");
    bob.doc.getText("body").insert(text(bob).length, "asks.");
    await waitFor(() => text(alice) === "Socrates asks.", "alice to see bob's words");
    expect(text(bob)).toBe("Socrates asks.");
  });

  it("shares presence between clients", async () => {
    const alice = await join("essay-presence", await ticketFor("essay-presence"));
    const bob = await join("essay-presence", await ticketFor("essay-presence"));
    alice.awareness.setLocalStateField("user", { name: "Alice" });
    await waitFor(() => bob.awareness.getStates().get(alice.doc.clientID)?.user?.name === "Alice", "bob to see alice's cursor");
  });

  it("stores documents through its store, so a restarted server still has them", async () => {
    const store = createMemoryStore();
    const first = createCollabServer({ authenticate: ticketAuthenticator({ secret }), store, log: () => undefined });
    const firstUrl = `ws://127.0.0.1:${await first.listen(0, "127.0.0.1")}`;
    const writer = await join("essay-kept", await ticketFor("essay-kept"), new Y.Doc(), firstUrl);
    writer.doc.getText("body").insert(0, "kept");
    const witness = await join("essay-kept", await ticketFor("essay-kept"), new Y.Doc(), firstUrl);
    await waitFor(() => text(witness) === "kept", "the server to have the text");
    await first.close();

    const second = createCollabServer({ authenticate: ticketAuthenticator({ secret }), store, log: () => undefined });
    const secondUrl = `ws://127.0.0.1:${await second.listen(0, "127.0.0.1")}`;
    try {
      const later = await join("essay-kept", await ticketFor("essay-kept", "read"), new Y.Doc(), secondUrl);
      expect(text(later)).toBe("kept");
    } finally {
      await second.close();
    }
  });

  const refused: Array<[string, () => Promise<string>, number]> = [
    ["no ticket", async () => "/essay-2", 401],
    ["a ticket with a bad signature", async () => `/essay-2?ticket=${await ticketFor("essay-2", "write", { secret: `${secret}-forged` })}`, 401],
    ["an expired ticket", async () => `/essay-2?ticket=${await ticketFor("essay-2", "write", { now: new Date(Date.now() - 120_000) })}`, 401],
    ["a ticket for another document", async () => `/essay-2?ticket=${await ticketFor("essay-3")}`, 403],
  ];

  describe.each(refused)("with %s", (_case, path, status) => {
    it(`answers ${status} and sends nothing else`, async () => {
      // Make sure the document exists and has content that could leak.
      const owner = await join("essay-2", await ticketFor("essay-2"));
      owner.doc.getText("body").insert(0, "secret draft");

      const response = await rawUpgrade(await path());
      const reason = status === 401 ? "Unauthorized" : "Forbidden";
      expect(response).toBe(`HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);

      await expect(refusal(`${serverUrl()}${await path()}`)).resolves.toEqual({ status, bodyBytes: 0 });
    });
  });

  it("drops a reader's writes but keeps them in sync", async () => {
    const writer = await join("essay-4", await ticketFor("essay-4"));
    writer.doc.getText("body").insert(0, "thesis");

    // The reader writes to a map of its own, so its text stays comparable with the writer's.
    const vandalism = (provider: WebsocketProvider) => provider.doc.getMap<string>("vandalism");
    // A reader whose local copy already differs sends that difference while syncing (step 2).
    const readerDoc = new Y.Doc();
    readerDoc.getMap<string>("vandalism").set("offline", "edit");
    const reader = await join("essay-4", await ticketFor("essay-4", "read"), readerDoc);
    await waitFor(() => text(reader) === "thesis", "the reader to receive the document");

    vandalism(reader).set("live", "edit");
    // The server handles a connection's messages in order, so once the reader's later presence
    // update has come back, its edit has been handled (and dropped) too.
    reader.awareness.setLocalStateField("user", { name: "Reader" });
    await waitFor(() => writer.awareness.getStates().get(reader.doc.clientID)?.user?.name === "Reader", "the reader's presence");

    writer.doc.getText("body").insert(6, " stands");
    await waitFor(() => text(reader) === "thesis stands", "the reader to see the writer's edit");

    const fresh = await join("essay-4", await ticketFor("essay-4", "read"));
    expect(text(fresh)).toBe("thesis stands");
    expect(vandalism(fresh).size).toBe(0);
    expect(vandalism(writer).size).toBe(0);
    expect(vandalism(reader).size).toBe(2);
  });
});
