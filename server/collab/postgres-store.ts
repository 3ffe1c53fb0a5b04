import type pg from "pg";
import type { Db } from "@/server/db";
import { appendStatement, compactDocument, loadDocumentState, type ClientAttribution, type PendingUpdate } from "@/server/services/collab/document-store";
import type { Log } from "./room";
import type { DocumentStore } from "./store";

export type PostgresStoreOptions = {
  log: Log;
  /** How long the first update of a batch waits for company; well inside the 50 ms promise. */
  flushDelayMs?: number;
  /** Compact a document leaving memory once its log has this many updates after the snapshot. */
  compactAfterUpdates?: number;
};

type Queued = { update: PendingUpdate; clients: ClientAttribution[]; done: () => void };

// After an outage the queue can be long; it drains in statements of a modest size.
const MAX_BATCH_UPDATES = 2_000;
const MAX_BATCH_BYTES = 16 * 1024 * 1024;
const RETRY_DELAYS_MS = [100, 250, 500, 1_000, 2_000, 5_000];

/**
 * The update log in PostgreSQL: appends are batched, and each batch is one committed transaction
 * (one statement, through `pool`; loading and compaction go through Prisma).
 * Batches are written one after another, in order. A failed batch is retried until it commits
 * (the updates are already in clients' hands and in the room; dropping them would lose them once
 * the room left memory), so `append` never rejects.
 */
export function createPostgresStore(db: Db, pool: Pick<pg.Pool, "query">, options: PostgresStoreOptions): DocumentStore & { close(): Promise<void> } {
  const flushDelayMs = options.flushDelayMs ?? 20;
  const compactAfterUpdates = options.compactAfterUpdates ?? 200;
  let queue: Queued[] = [];
  let timer: NodeJS.Timeout | undefined;
  let flushing: Promise<void> | undefined;

  const startFlush = () => {
    timer = undefined;
    flushing = flush().finally(() => {
      flushing = undefined;
      // Whatever arrived meanwhile has waited for the whole flush already: no extra delay.
      if (queue.length > 0) startFlush();
    });
  };
  const schedule = () => {
    if (!timer && !flushing) timer = setTimeout(startFlush, flushDelayMs);
  };

  async function flush(): Promise<void> {
    const batch = takeBatch();
    for (let attempt = 0; ; attempt++) {
      try {
        const { sql, parameters } = appendStatement(
          batch.map((entry) => entry.update),
          batch.flatMap((entry) => entry.clients),
        );
        await pool.query(sql, parameters);
        break;
      } catch (error) {
        const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)]!;
        options.log(`could not store ${batch.length} update(s), retrying in ${delay} ms: ${String(error)}`);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
    for (const entry of batch) entry.done();
  }

  function takeBatch(): Queued[] {
    let bytes = 0;
    let count = 0;
    while (count < queue.length && count < MAX_BATCH_UPDATES && (count === 0 || bytes + queue[count]!.update.data.length <= MAX_BATCH_BYTES)) {
      bytes += queue[count]!.update.data.length;
      count += 1;
    }
    const batch = queue.slice(0, count);
    queue = queue.slice(count);
    return batch;
  }

  return {
    async load(document) {
      return (await loadDocumentState(db, document)).state;
    },

    append(document, update, author) {
      return new Promise<void>((done) => {
        queue.push({
          update: { documentName: document, data: update, userId: author.userId },
          clients: author.clients.map((client) => ({ documentName: document, ...client })),
          done,
        });
        schedule();
      });
    },

    async compact(document) {
      const folded = await compactDocument(db, document, { minimumTail: compactAfterUpdates });
      if (folded > 0) options.log(`${document}: compacted ${folded} update(s) into the snapshot`);
    },

    async close() {
      if (timer) {
        clearTimeout(timer);
        startFlush();
      }
      while (flushing) await flushing;
    },
  };
}
