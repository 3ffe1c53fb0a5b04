import { performance } from "node:perf_hooks";
import { WebSocket } from "ws";
import { WebsocketProvider } from "y-websocket";
import * as Y from "yjs";
import { ticketFor, type SeededDocument } from "./collab-seed";

export type LoadResult = {
  sent: number;
  /** Milliseconds from an edit to its arrival at each other client of the document. */
  latencies: number[];
  /** Edits missing from at least one client's final document. */
  lost: number;
  /** Documents whose clients ended with different text. */
  diverged: number;
  disconnects: number;
  /** Every edit sent, per document, to check a store against. */
  tokens: Map<string, string[]>;
};

type Client = { provider: WebsocketProvider; document: string; index: number; sequence: number };

// [client|sequence|sent at]: each edit carries its author and its send time (one process, one clock).
const TOKEN = /\[(\d+)\|(\d+)\|([\d.]+)\]/g;
const SETTLE_TIMEOUT_MS = 15_000;

/**
 * One client per seat of every document, connected to one server. Editing happens in slices
 * (`edit`), so that two sessions on two servers can take turns; latency is measured at every
 * other client of the document, from the moment the sessions are connected until `finish`.
 */
export class LoadSession {
  private readonly latencies: number[] = [];
  private readonly tokens: Map<string, string[]>;
  private disconnects = 0;

  private constructor(
    private readonly clients: Client[],
    private readonly documents: SeededDocument[],
  ) {
    this.tokens = new Map(documents.map((document) => [document.name, []]));
  }

  static async connect(url: string, documents: SeededDocument[], secret: string): Promise<LoadSession> {
    const clients: Client[] = [];
    for (const document of documents) {
      for (const seat of document.writers) {
        const provider = new WebsocketProvider(url, document.name, new Y.Doc(), {
          params: { ticket: await ticketFor(document.name, seat, secret) },
          WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
          disableBc: true,
        });
        provider.awareness.setLocalStateField("user", { name: seat.userName, color: "#3366cc" });
        clients.push({ provider, document: document.name, index: clients.length, sequence: 0 });
      }
    }
    await until(() => clients.every((client) => client.provider.synced), "every client to sync", 60_000);

    // Only now: what earlier sessions left in a document arrives with the first sync.
    const session = new LoadSession(clients, documents);
    for (const { provider } of clients) {
      provider.on("connection-close", () => (session.disconnects += 1));
      provider.doc.getText("body").observe((event, transaction) => {
        if (transaction.local) return;
        const now = performance.now();
        for (const change of event.delta) {
          if (typeof change.insert !== "string") continue;
          for (const match of change.insert.matchAll(TOKEN)) session.latencies.push(now - Number(match[3]));
        }
      });
    }
    return session;
  }

  /**
   * Every client makes `editsPerSecond` edits per second for the duration, at its own phase: an
   * insertion at the start or end of the text (never inside another edit, so every edit stays
   * findable) and a caret move, as an editor sends.
   */
  async edit(durationMs: number, editsPerSecond: number): Promise<void> {
    const intervalMs = 1_000 / editsPerSecond;
    const stops = this.clients.map((client) => {
      const edit = () => {
        const text = client.provider.doc.getText("body");
        const token = `[${client.index}|${client.sequence++}|${performance.now().toFixed(3)}]`;
        const at = Math.random() < 0.5 ? 0 : text.length;
        text.insert(at, token);
        this.tokens.get(client.document)!.push(token);
        client.provider.awareness.setLocalStateField("cursor", { anchor: at + token.length, head: at + token.length });
      };
      let interval: NodeJS.Timeout | undefined;
      const start = setTimeout(() => {
        edit();
        interval = setInterval(edit, intervalMs);
      }, Math.random() * intervalMs);
      return () => {
        clearTimeout(start);
        clearInterval(interval);
      };
    });
    await new Promise((resolve) => setTimeout(resolve, durationMs));
    for (const stop of stops) stop();
  }

  /** Waits for the documents to settle, counts what was lost or diverged, and disconnects. */
  async finish(): Promise<LoadResult> {
    const textsOf = (document: string) => this.clients.filter((client) => client.document === document).map((client) => client.provider.doc.getText("body").toString());
    const isSettled = (document: string) => {
      const texts = textsOf(document);
      return texts.every((text) => text === texts[0]) && this.tokens.get(document)!.every((token) => texts[0]!.includes(token));
    };
    await until(() => this.documents.every((document) => isSettled(document.name)), "the documents to settle", SETTLE_TIMEOUT_MS).catch(() => undefined);

    let lost = 0;
    let diverged = 0;
    for (const document of this.documents) {
      const texts = textsOf(document.name);
      if (!texts.every((text) => text === texts[0])) diverged += 1;
      lost += this.tokens.get(document.name)!.filter((token) => !texts.every((text) => text.includes(token))).length;
    }
    const sent = [...this.tokens.values()].reduce((sum, list) => sum + list.length, 0);
    const result = { sent, latencies: this.latencies, lost, diverged, disconnects: this.disconnects, tokens: this.tokens };
    for (const client of this.clients) {
      client.provider.destroy();
      client.provider.doc.destroy();
    }
    return result;
  }
}

async function until(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
