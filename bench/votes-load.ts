import net from "node:net";
import { performance } from "node:perf_hooks";

/**
 * A small HTTP/1.1 load generator for the votes benchmark. It shares the machine's two cores
 * with the server it measures, so it does as little as it can: requests are serialised once,
 * sockets are raw keep-alive connections, and responses are only framed (status, length), never
 * parsed. `fetch` costs about as much CPU per request as a trivial route does, which halved
 * what both the baseline and the ballots could show.
 */

export type LoadResult = {
  requests: number;
  errors: number;
  /** Open loop: requests due before the end that were never sent, because the server fell behind. */
  missed: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

/** A request, serialised: the same bytes are written every time it is sent. */
export type PreparedRequest = Buffer;

export function prepareRequest(options: { origin: string; method: "GET" | "POST"; path: string; headers?: Record<string, string>; body?: string }): PreparedRequest {
  const { host } = new URL(options.origin);
  const body = options.body === undefined ? undefined : Buffer.from(options.body);
  const headers = { host, connection: "keep-alive", ...options.headers, ...(body ? { "content-length": String(body.length) } : {}) };
  const head = `${options.method} ${options.path} HTTP/1.1\r\n${Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`).join("")}\r\n`;
  return body ? Buffer.concat([Buffer.from(head), body]) : Buffer.from(head);
}

/** One keep-alive connection sending one request at a time and framing the answers. */
class Connection {
  private readonly socket: net.Socket;
  private buffer: Buffer = Buffer.alloc(0);
  private pending: ((status: number) => void) | undefined;
  private failed: ((error: Error) => void) | undefined;
  readonly ready: Promise<void>;

  constructor(origin: string) {
    const url = new URL(origin);
    this.socket = net.connect({ host: url.hostname, port: Number(url.port), noDelay: true });
    this.ready = new Promise((resolve, reject) => {
      this.socket.once("connect", () => resolve());
      this.socket.once("error", reject);
    });
    this.socket.on("data", (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
      this.frame();
    });
    this.socket.on("error", (error) => this.failed?.(error));
    this.socket.on("close", () => this.failed?.(new Error("connection closed")));
  }

  send(request: PreparedRequest): Promise<number> {
    return new Promise((resolve, reject) => {
      this.pending = resolve;
      this.failed = reject;
      this.socket.write(request);
    });
  }

  close() {
    this.socket.destroy();
  }

  /** Completes the pending request once its whole response has arrived. */
  private frame() {
    const headEnd = this.buffer.indexOf("\r\n\r\n");
    if (headEnd === -1) return;
    const head = this.buffer.subarray(0, headEnd).toString("latin1");
    const status = Number(head.slice(9, 12));
    const bodyStart = headEnd + 4;
    let end: number;
    const length = /\r\ncontent-length: *(\d+)/i.exec(head);
    if (length) {
      end = bodyStart + Number(length[1]);
      if (this.buffer.length < end) return;
    } else if (/\r\ntransfer-encoding: *chunked/i.test(head)) {
      let position = bodyStart;
      for (;;) {
        const lineEnd = this.buffer.indexOf("\r\n", position);
        if (lineEnd === -1) return;
        const size = Number.parseInt(this.buffer.subarray(position, lineEnd).toString("latin1"), 16);
        // Each chunk is followed by CRLF; the last (size 0) by an empty trailer line.
        position = lineEnd + 2 + size + 2;
        if (this.buffer.length < position) return;
        if (size === 0) break;
      }
      end = position;
    } else {
      end = bodyStart;
    }
    this.buffer = this.buffer.subarray(end);
    const resolve = this.pending;
    this.pending = undefined;
    this.failed = undefined;
    resolve?.(status);
  }
}

async function openConnections(origin: string, count: number): Promise<Connection[]> {
  const connections = Array.from({ length: count }, () => new Connection(origin));
  await Promise.all(connections.map((connection) => connection.ready));
  return connections;
}

function summarise(latencies: number[], errors: number, seconds: number, missed = 0): LoadResult {
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    requests: latencies.length,
    errors,
    missed,
    seconds,
    perSecond: latencies.length / seconds,
    p50: percentile(50),
    p95: percentile(95),
    p99: percentile(99),
    max: latencies.at(-1) ?? NaN,
  };
}

type Tally = { latencies: number[]; errors: number };

/** Sends one request and records its latency counted from `since`; false once the connection has failed. */
async function sendTimed(connection: Connection, request: PreparedRequest, since: number, tally: Tally): Promise<boolean> {
  try {
    const status = await connection.send(request);
    if (status >= 200 && status < 300) tally.latencies.push(performance.now() - since);
    else tally.errors++;
    return true;
  } catch {
    tally.errors++;
    return false;
  }
}

type Clock = { started: number; deadline: number };

/**
 * Runs `client` on each of `count` fresh connections until all return, then closes them. The
 * clock starts once every connection is open, so opening them is never counted as latency.
 */
async function runClients(options: { origin: string; connections: number; seconds: number }, client: (connection: Connection, index: number, tally: Tally, clock: Clock) => Promise<void>) {
  const connections = await openConnections(options.origin, options.connections);
  const tally: Tally = { latencies: [], errors: 0 };
  const started = performance.now();
  const clock = { started, deadline: started + options.seconds * 1_000 };
  await Promise.all(connections.map((connection, index) => client(connection, index, tally, clock)));
  const seconds = (performance.now() - started) / 1_000;
  for (const connection of connections) connection.close();
  return { tally, seconds };
}

/**
 * Closed loop: `connections` clients each sending `request(connection, iteration)` as soon as the
 * previous answer arrives, for `seconds`. Shows the most the server does per second; latency is
 * then about connections ÷ throughput (Little's law), whatever the server's own cost.
 */
export async function closedLoop(options: {
  origin: string;
  connections: number;
  seconds: number;
  request: (connection: number, iteration: number) => PreparedRequest;
}): Promise<LoadResult> {
  const { tally, seconds } = await runClients(options, async (connection, index, tally, { deadline }) => {
    for (let iteration = 0; performance.now() < deadline; iteration++) {
      if (!(await sendTimed(connection, options.request(index, iteration), performance.now(), tally))) return;
    }
  });
  return summarise(tally.latencies, tally.errors, seconds);
}

/**
 * Open loop: `connections` clients (one per student) together sending `rate` requests per second
 * on a fixed schedule, each at its own phase, whether or not earlier answers have arrived. Latency
 * is measured from when a request was due, not when it could be sent, so a server that falls
 * behind shows it (no coordinated omission). A client whose previous request is still out waits
 * for it, and that wait counts. Requests still unsent at the end are counted as missed rather
 * than sent late, so a server that cannot keep up shows it in the rate it achieved.
 */
export async function openLoop(options: {
  origin: string;
  connections: number;
  rate: number;
  seconds: number;
  request: (connection: number, iteration: number) => PreparedRequest;
}): Promise<LoadResult> {
  let missed = 0;
  const interval = (options.connections / options.rate) * 1_000;
  const { tally, seconds } = await runClients(options, async (connection, index, tally, { started, deadline }) => {
    let due = started + (index / options.connections) * interval;
    for (let iteration = 0; due < deadline; iteration++, due += interval) {
      if (performance.now() >= deadline) {
        missed += Math.ceil((deadline - due) / interval);
        return;
      }
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      if (!(await sendTimed(connection, options.request(index, iteration), due, tally))) return;
    }
  });
  return summarise(tally.latencies, tally.errors, seconds, missed);
}

export function formatLoad(name: string, result: LoadResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return `${name.padEnd(24)} ${result.perSecond.toFixed(0).padStart(6)} req/s  p50 ${ms(result.p50)}  p95 ${ms(result.p95)}  p99 ${ms(result.p99)}  max ${ms(result.max)}  (${result.requests} ok, ${result.errors} failed${result.missed > 0 ? `, ${result.missed} never sent: the server fell behind` : ""})`;
}
