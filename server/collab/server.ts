import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { AppError } from "@/server/domain/app-error";
import { documentName, permissionFromTicket, type Authenticate, type Authorize } from "./access";
import { serveConnection } from "./connection";
import { singleProcessFanOut, type FanOut } from "./fan-out";
import { defaultLimits, type CollabLimits } from "./limits";
import type { Log } from "./room";
import { RoomRegistry } from "./rooms";
import { noRoundEvents, type RoundEvents } from "./round-events";
import { createMemoryStore, type DocumentStore } from "./store";

export type CollabServerOptions = {
  authenticate: Authenticate;
  authorize?: Authorize;
  store?: DocumentStore;
  fanOut?: FanOut;
  roundEvents?: RoundEvents;
  limits?: Partial<CollabLimits>;
  log?: Log;
};

export type CollabServer = {
  /** Resolves with the port actually bound (pass 0 for an ephemeral one). */
  listen(port: number, host?: string): Promise<number>;
  /** The documents held in memory now. */
  openDocuments(): string[];
  close(): Promise<void>;
};

const CLOSE_GRACE_MS = 2_000;
const GOING_AWAY = 1001;

const STATUS: Partial<Record<AppError["code"], [number, string]>> = {
  BAD_REQUEST: [400, "Bad Request"],
  UNAUTHORIZED: [401, "Unauthorized"],
  FORBIDDEN: [403, "Forbidden"],
  NOT_FOUND: [404, "Not Found"],
  TOO_MANY_REQUESTS: [429, "Too Many Requests"],
};

/**
 * The collaboration server: each websocket upgrade goes authenticate → authorize → load, and
 * only then is the connection accepted; refused clients get an HTTP status line and nothing else.
 */
export function createCollabServer(options: CollabServerOptions): CollabServer {
  const log = options.log ?? ((message: string) => console.log(message));
  const limits = { ...defaultLimits, ...options.limits };
  const authorize = options.authorize ?? permissionFromTicket;
  const rooms = new RoomRegistry(
    {
      store: options.store ?? createMemoryStore(),
      fanOut: options.fanOut ?? singleProcessFanOut,
      authorize,
      roundEvents: options.roundEvents ?? noRoundEvents,
      maxDocumentBytes: limits.maxDocumentBytes,
      log,
    },
    limits.idleGraceMs,
  );
  const sockets = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes });
  const connectionsPerUser = new Map<string, number>();
  const http = createServer(onRequest);
  let isClosing = false;

  http.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    void onUpgrade(request, socket, head);
  });

  async function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on("error", () => socket.destroy());
    let freeSlot: (() => void) | undefined;
    let release: (() => void) | undefined;
    try {
      if (isClosing) throw new Error("shutting down");
      const document = documentName(request);
      const claims = await options.authenticate(request, document);
      const slot = (freeSlot = reserveConnection(claims.userId));
      const grant = await authorize(claims, new Date());
      const room = await rooms.acquire(document);
      release = once(() => {
        rooms.release(document);
        slot();
      });
      if (socket.destroyed) return release();

      // If ws turns the handshake down (a malformed request), the callback never runs; the
      // socket's close then gives the room and the slot back.
      socket.once("close", release);
      sockets.handleUpgrade(request, socket, head, (webSocket) => {
        socket.off("close", release!);
        serveConnection(room, webSocket, { claims, grant }, { log, onClose: release! });
      });
    } catch (error) {
      (release ?? freeSlot)?.();
      refuse(socket, error);
    }
  }

  /** Counts the user's connection; the returned function gives the slot back. */
  function reserveConnection(userId: string): () => void {
    const open = connectionsPerUser.get(userId) ?? 0;
    if (open >= limits.maxConnectionsPerUser) throw new AppError("TOO_MANY_REQUESTS", "Too many open connections");
    connectionsPerUser.set(userId, open + 1);
    return once(() => {
      const remaining = (connectionsPerUser.get(userId) ?? 1) - 1;
      if (remaining > 0) connectionsPerUser.set(userId, remaining);
      else connectionsPerUser.delete(userId);
    });
  }

  function refuse(socket: Duplex, error: unknown): void {
    const status = error instanceof AppError ? STATUS[error.code] : undefined;
    if (!status) log(`upgrade failed: ${String(error)}`);
    const [code, text] = status ?? [503, "Service Unavailable"];
    socket.once("finish", () => socket.destroy());
    socket.end(`HTTP/1.1 ${code} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
  }

  return {
    listen(port, host) {
      return new Promise((resolve, reject) => {
        http.once("error", reject);
        http.listen(port, host, () => {
          http.off("error", reject);
          resolve((http.address() as AddressInfo).port);
        });
      });
    },

    openDocuments: () => rooms.documents(),

    async close() {
      isClosing = true;
      const stopped = new Promise<void>((resolve) => http.close(() => resolve()));
      await Promise.all([...sockets.clients].map((client) => closeClient(client)));
      await rooms.closeAll();
      http.closeAllConnections();
      await stopped;
    },
  };
}

function once(action: () => void): () => void {
  let isDone = false;
  return () => {
    if (isDone) return;
    isDone = true;
    action();
  };
}

function onRequest(request: IncomingMessage, response: ServerResponse): void {
  const isHealthCheck = request.method === "GET" && request.url?.split("?")[0] === "/healthz";
  response.writeHead(isHealthCheck ? 200 : 404, { "Content-Type": "text/plain" });
  response.end(isHealthCheck ? "ok\n" : "not found\n");
}

function closeClient(client: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    // A client that does not answer the close handshake is cut off.
    const timer = setTimeout(() => client.terminate(), CLOSE_GRACE_MS);
    client.once("close", () => {
      clearTimeout(timer);
      resolve();
    });
    client.close(GOING_AWAY, "server shutting down");
  });
}
