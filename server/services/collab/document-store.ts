import * as Y from "yjs";
import type { Db } from "@/server/db";
import type { LogEntry } from "@/server/services/collab/contributions";

/**
 * Durable Yjs documents: a compacted snapshot plus the updates appended after it. Both the
 * collaboration server and the services that freeze arguments read documents through here.
 *
 * The update log is kept after compaction, on purpose: it is the record of who sent what and when
 * (contributions count deletions and active minutes from it), and it is small for a class's
 * writing. The snapshot only makes loading cost the tail instead of the whole history.
 */
/** Enough of the client to read documents; a transaction client will do. */
export type DocumentReader = Pick<Db, "collabDocument" | "collabUpdate">;

export async function loadDocumentState(db: DocumentReader, name: string): Promise<{ state: Uint8Array; lastUpdateId: bigint }> {
  const document = await db.collabDocument.findUnique({ where: { name }, select: { snapshot: true, snapshotUpdateId: true } });
  const after = document?.snapshotUpdateId ?? 0n;
  const updates = await db.collabUpdate.findMany({
    where: { documentName: name, id: { gt: after } },
    orderBy: { id: "asc" },
    select: { id: true, data: true },
  });
  const parts = [...(document?.snapshot ? [document.snapshot] : []), ...updates.map((update) => update.data)];
  return {
    state: parts.length === 0 ? Y.encodeStateAsUpdate(new Y.Doc()) : Y.mergeUpdates(parts),
    lastUpdateId: updates.at(-1)?.id ?? after,
  };
}

export async function loadDocument(db: DocumentReader, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, (await loadDocumentState(db, name)).state);
  return doc;
}

export type PendingUpdate = { documentName: string; data: Uint8Array; userId: string | null };

/** A Yjs client id seen for the first time, and the user it belongs to. */
export type ClientAttribution = { documentName: string; clientId: number; userId: string };

// Appends and compaction of one document exclude each other through an advisory lock (appends
// share it). Without it a compaction could record snapshotUpdateId = 101 while the append that
// drew id 100 had not committed yet, and loading (ids after 101) would skip update 100 for good.
// The two-key form keeps these locks apart from other users of advisory locks (pg-boss).
const DOCUMENT_LOCK_CLASS = 0x53544f41;

/**
 * Appends a batch of accepted updates, and the client ids they introduce, in one statement: its
 * own committed transaction, or part of the caller's when `db` is a transaction client. A client
 * id already recorded keeps its first owner.
 */
export async function appendUpdates(db: Pick<Db, "$executeRawUnsafe">, updates: readonly PendingUpdate[], clients: readonly ClientAttribution[] = []): Promise<void> {
  if (updates.length === 0) return;
  const { sql, parameters } = appendStatement(updates, clients);
  await db.$executeRawUnsafe(sql, ...parameters);
}

/**
 * appendUpdates' statement, for a plain `pg` pool: the collab server appends every few dozen
 * milliseconds, and a pool query costs its event loop a quarter of what a Prisma call does.
 * The shared advisory locks (the `locked` join) are taken before the insert draws its ids.
 */
export function appendStatement(updates: readonly PendingUpdate[], clients: readonly ClientAttribution[]): { sql: string; parameters: unknown[] } {
  const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("base64");
  return {
    sql: `
      WITH locked AS (
        SELECT count(pg_advisory_xact_lock_shared($1::int, hashtext(name))::text) FROM unnest($2::text[]) AS name
      ), attributed AS (
        INSERT INTO "CollabClient" ("documentName", "clientId", "userId")
        SELECT name, client::bigint, owner FROM unnest($3::text[], $4::text[], $5::text[]) AS attribution(name, client, owner), locked
        ON CONFLICT DO NOTHING
      )
      INSERT INTO "CollabUpdate" ("documentName", "data", "userId")
      SELECT name, decode(data, 'base64'), sender
      FROM unnest($6::text[], $7::text[], $8::text[]) WITH ORDINALITY AS entry(name, data, sender, position), locked
      ORDER BY position`,
    parameters: [
      DOCUMENT_LOCK_CLASS,
      [...new Set(updates.map((update) => update.documentName))].sort(),
      clients.map((client) => client.documentName),
      clients.map((client) => String(client.clientId)),
      clients.map((client) => client.userId),
      updates.map((update) => update.documentName),
      updates.map((update) => base64(update.data)),
      updates.map((update) => update.userId),
    ],
  };
}

/**
 * Folds the log's tail into the document's snapshot, in one transaction, when the tail has at
 * least `minimumTail` updates. Returns how many updates it folded. Safe to run at any time from
 * any process: the collab server runs it when a document leaves memory.
 */
export async function compactDocument(db: Db, name: string, options: { minimumTail?: number } = {}): Promise<number> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${DOCUMENT_LOCK_CLASS}::int, hashtext(${name}))`;
      const document = await tx.collabDocument.findUnique({ where: { name }, select: { snapshotUpdateId: true } });
      const tail = await tx.collabUpdate.count({ where: { documentName: name, id: { gt: document?.snapshotUpdateId ?? 0n } } });
      if (tail === 0 || tail < (options.minimumTail ?? 1)) return 0;

      const { state, lastUpdateId } = await loadDocumentState(tx, name);
      // Through a document rather than mergeUpdates: that drops the content of deleted text.
      const doc = new Y.Doc();
      Y.applyUpdate(doc, state);
      const snapshot = Uint8Array.from(Y.encodeStateAsUpdate(doc));
      doc.destroy();
      await tx.collabDocument.upsert({
        where: { name },
        create: { name, snapshot, snapshotUpdateId: lastUpdateId },
        update: { snapshot, snapshotUpdateId: lastUpdateId },
      });
      return tail;
    },
    { timeout: 30_000 },
  );
}

/** The whole update log in order, and whose each Yjs client id is: what contributions are computed from. */
export async function readAttributionLog(
  db: Pick<Db, "collabUpdate" | "collabClient">,
  name: string,
): Promise<{ log: LogEntry[]; clientUsers: Map<number, string> }> {
  const [updates, clients] = await Promise.all([
    db.collabUpdate.findMany({ where: { documentName: name }, orderBy: { id: "asc" }, select: { data: true, userId: true, createdAt: true } }),
    db.collabClient.findMany({ where: { documentName: name }, select: { clientId: true, userId: true } }),
  ]);
  return { log: updates, clientUsers: new Map(clients.map((client) => [Number(client.clientId), client.userId])) };
}
