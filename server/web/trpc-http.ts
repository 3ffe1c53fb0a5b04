import type { IncomingMessage, ServerResponse } from "node:http";
import { resolveResponse } from "@trpc/server/http";
import { appRouter } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { requestCookies, sessionClaims } from "@/server/auth/session";
import type { Db } from "@/server/db";

export const TRPC_PATH = "/api/trpc";

/**
 * The largest tRPC request body we read: a 20 MB thesis upload as base64 (4/3 of it) inside JSON,
 * with room to spare. Everything else is far smaller.
 */
export const MAX_TRPC_BODY_BYTES = 28 * 1024 * 1024;

const MB = 1024 * 1024;
const sizeText = (bytes: number) => (bytes >= MB ? `${Math.round(bytes / MB)} MB` : `${bytes} bytes`);

export const isTrpcRequest = (url: string | undefined) => url !== undefined && (url === TRPC_PATH || url.startsWith(`${TRPC_PATH}/`) || url.startsWith(`${TRPC_PATH}?`));

class BodyTooLarge extends Error {}

/**
 * The request body, read whole, or BodyTooLarge once it passes `maxBytes`: at once when the client
 * declares a larger length, else as soon as the count passes the limit. Hostile clients must not
 * make the process buffer an unbounded body just to be told no.
 */
function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = request.headers["content-length"];
  if (declared !== undefined && Number(declared) > maxBytes) return Promise.reject(new BodyTooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let received = 0;
    const onData = (chunk: Buffer) => {
      received += chunk.length;
      if (received <= maxBytes) return void chunks.push(chunk);
      request.off("data", onData);
      // Stop reading: nothing more of this body is wanted.
      request.pause();
      reject(new BodyTooLarge());
    };
    request.on("data", onData);
    request.once("end", () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)));
    request.once("error", reject);
  });
}

function headersOf(request: IncomingMessage): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value === undefined || name.startsWith(":")) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }
  return headers;
}

function sendJson(response: ServerResponse, status: number, body: unknown, extraHeaders: Record<string, string> = {}) {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...extraHeaders });
  response.end(text);
}

/** Writes a fetch Response to Node's response: whole for plain answers, chunk by chunk for streams (SSE). */
async function writeResponse(from: Response, to: ServerResponse, isStream: boolean): Promise<void> {
  to.statusCode = from.status;
  for (const [name, value] of from.headers) if (name !== "set-cookie") to.setHeader(name, value);
  const cookies = from.headers.getSetCookie();
  if (cookies.length > 0) to.setHeader("set-cookie", cookies);
  if (!from.body) return void to.end();
  if (!isStream) {
    const body = Buffer.from(await from.arrayBuffer());
    to.setHeader("content-length", body.length);
    return void to.end(body);
  }
  to.flushHeaders();
  const reader = from.body.getReader();
  to.once("close", () => void reader.cancel().catch(() => undefined));
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done || to.destroyed) break;
      if (!to.write(value)) await new Promise((resolve) => to.once("drain", resolve).once("close", resolve));
    }
  } finally {
    to.end();
  }
}

/**
 * tRPC over HTTP (queries, batched calls and SSE subscriptions), served in the web process ahead
 * of Next. Next's route machinery costs about 1 ms of CPU for even a trivial route handler, and
 * tRPC's own Node adapter as much again (it turns the request body into a web stream and the
 * answer back): on two cores those alone kept ballots far below 1,000/s. Here the body is read
 * into memory first (it is capped) and handed to tRPC's `resolveResponse`, its public
 * entry point for adapters, so the protocol, error shapes and status codes stay tRPC's own.
 * Authorization is unchanged: it is the procedures' middleware.
 */
export function createTrpcHttpHandler(options: { db: () => Db; maxBodyBytes?: number }): (request: IncomingMessage, response: ServerResponse) => void {
  const maxBodyBytes = options.maxBodyBytes ?? MAX_TRPC_BODY_BYTES;

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const method = request.method ?? "GET";
    const hasBody = method !== "GET" && method !== "HEAD";
    let body: Buffer | undefined;
    if (hasBody) {
      try {
        body = await readBody(request, maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLarge)) throw error;
        // The rest of the body is never read, so the connection cannot carry another request.
        return sendJson(response, 413, { error: { message: `The request is larger than ${sizeText(maxBodyBytes)}` } }, { connection: "close" });
      }
    }
    const headers = headersOf(request);
    const url = new URL(request.url ?? TRPC_PATH, `http://${request.headers.host ?? "localhost"}`);
    // Only a long-lived answer (a subscription's SSE stream) needs to learn that its client left.
    const isStream = !hasBody && (headers.get("accept")?.includes("text/event-stream") ?? false);
    const abort = isStream ? new AbortController() : undefined;
    if (abort) response.once("close", () => abort.abort());

    // The bytes as they came: tRPC decodes JSON itself, and a binary input (FormData, octet
    // stream) must not pass through a text decoding. Socket data never lives in a SharedArrayBuffer.
    const fetchRequest = new Request(url, { method, headers, body: body as Uint8Array<ArrayBuffer> | undefined, signal: abort?.signal });
    const answer = await resolveResponse({
      router: appRouter,
      req: fetchRequest,
      error: null,
      path: url.pathname.slice(TRPC_PATH.length + 1),
      // The session as its token states it; the access middleware checks the account exists.
      createContext: async () => createTRPCContext({ db: options.db(), user: await sessionClaims(requestCookies(headers)), headers }),
      onError({ error, path }) {
        if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC ${path ?? "?"} failed:`, error.cause ?? error);
      },
    });
    await writeResponse(answer, response, answer.headers.get("content-type")?.startsWith("text/event-stream") ?? false);
  };

  return (request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error("tRPC request failed:", error);
      if (!response.headersSent) sendJson(response, 500, { error: { message: "Something went wrong on our side; try again" } });
      else response.destroy();
    });
  };
}
