/**
 * Helpers for the collab server's tests: real y-websocket clients, raw websockets for what a
 * well-behaved client never sends, and waiting for things that happen over the network.
 */
import { createServer } from "node:net";
import * as decoding from "lib0/decoding";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { MESSAGE_AUTH } from "./protocol";

export async function waitFor(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export const sleep = (milliseconds: number) => new Promise((resolve) => setTimeout(resolve, milliseconds));

/** Permission-denied reasons the server sent a provider (the stock client would only log them). */
export const denials = new WeakMap<WebsocketProvider, string[]>();

/** The clients a test opened, destroyed together afterwards. */
export class TestClients {
  private readonly providers: WebsocketProvider[] = [];

  /** A y-websocket client as the browser will use it, synced with the server. */
  async join(url: string, document: string, ticket: string, options: { doc?: Y.Doc; name?: string } = {}): Promise<WebsocketProvider> {
    const provider = this.open(url, document, ticket, options);
    await waitFor(() => provider.synced, `${document} to sync`);
    return provider;
  }

  /** A client that is not waited for (it may be refused, or the server may be down). */
  open(url: string, document: string, ticket: string, options: { doc?: Y.Doc; name?: string } = {}): WebsocketProvider {
    const provider = new WebsocketProvider(url, document, options.doc ?? new Y.Doc(), {
      params: { ticket },
      // The ws package's client is API-compatible with the browser's WebSocket that the types name.
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      // Otherwise clients in one process talk through a BroadcastChannel and bypass the server.
      disableBc: true,
      maxBackoffTime: 300,
    });
    const reasons: string[] = [];
    denials.set(provider, reasons);
    provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
      // y-protocols/auth: a varuint message kind (0 = permission denied), then the reason.
      decoding.readVarUint(decoder);
      reasons.push(decoding.readVarString(decoder));
    };
    if (options.name) provider.awareness.setLocalStateField("user", { name: options.name });
    this.providers.push(provider);
    return provider;
  }

  destroyAll(): void {
    for (const provider of this.providers.splice(0)) {
      provider.destroy();
      provider.doc.destroy();
    }
  }
}

export const textOf = (provider: WebsocketProvider) => provider.doc.getText("body").toString();

/** A bare websocket, open, for sending what y-websocket never would. */
export function rawSocket(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once("open", () => resolve(socket));
    socket.once("error", reject);
    socket.once("unexpected-response", (_request, response) => reject(new Error(`refused with ${response.statusCode}`)));
  });
}

export function closeOf(socket: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => socket.once("close", (code, reason) => resolve({ code, reason: reason.toString() })));
}

/** The HTTP status an upgrade is refused with, or 101 when it is accepted (then closed again). */
export function upgradeStatus(url: string): Promise<number> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url);
    socket.once("open", () => {
      socket.close();
      resolve(101);
    });
    socket.once("unexpected-response", (_request, response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    socket.on("error", () => undefined);
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
