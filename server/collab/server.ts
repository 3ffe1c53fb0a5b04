import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Duplex } from "node:stream";
import { WebSocketServer, type WebSocket } from "ws";
import { AppError } from "@/server/domain/app-error";
import { documentName, permissionFromTicket, type Authenticate, type Authorize } from "./access";
import { serveConnection } from "./connection";
import { singleProcessFanOut, type FanOut } from "./fan-out";
import type { Log } from "./room";
import { RoomRegistry } from "./rooms";
import { createMemoryStore, type DocumentStore } from "./store";

export type CollabServerOptions = {
  authenticate: Authenticate;
  authorize?: Authorize;
  store?: DocumentStore;
  fanOut?: FanOut;
  log?: Log;
};

export type CollabServer = {
  /** Resolves with the port actually bound (pass 0 for an ephemeral one). */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
};

// Generous for a pasted essay with images' alt text, small enough that one client cannot
// make the server buffer without bound.
const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;
const CLOSE_GRACE_MS = 2_000;
const GOING_AWAY = 1001;

const STATUS: Partial<Record<AppError["code"], [number, string]>> = {
  BAD_REQUEST: [400, "Bad Request"],
  UNAUTHORIZED: [401, "Unauthorized"],
  FORBIDDEN: [403, "Forbidden"],
  NOT_FOUND: [404, "Not Found"],
};

/**
 * The collaboration server: each websocket upgrade goes authenticate → authorize → load, and
 * only then is the connection accepted; refused clients get an HTTP status line and nothing else.
 */
export function createCollabServer(options: CollabServerOptions): CollabServer {
  const log = options.log ?? ((message: string) => console.log(message));
  const authorize = options.authorize ?? permissionFromTicket;
  const rooms = new RoomRegistry({ store: options.store ?? createMemoryStore(), fanOut: options.fanOut ?? singleProcessFanOut, log });
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });
  const http = createServer(onRequest);
  let isClosing = false;

  http.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    void onUpgrade(request, socket, head);
  });

  async function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on("error", () => socket.destroy());
    try {
      if (isClosing) throw new Error("shutting down");
      const document = documentName(request);
      const claims = await options.authenticate(request, document);
      const permission = await authorize(claims);
      const room = await rooms.acquire(document);
      if (socket.destroyed) return rooms.release(document);

      sockets.handleUpgrade(request, socket, head, (webSocket) => {
        const participant = { userId: claims.userId, userName: claims.userName, permission };
        serveConnection(room, webSocket, participant, { log, onClose: () => rooms.release(document) });
      });
    } catch (error) {
      refuse(socket, error);
    }
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
