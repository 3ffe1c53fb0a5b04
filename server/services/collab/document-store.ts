import * as Y from "yjs";
import type { Db } from "@/server/db";

/**
 * Durable Yjs documents: a compacted snapshot plus the updates appended after it. Both the
 * collaboration server and the services that freeze arguments read documents through here.
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

/** Appends a batch of accepted updates in one committed transaction. */
export async function appendUpdates(db: Db, updates: readonly PendingUpdate[]): Promise<void> {
  if (updates.length === 0) return;
  await db.collabUpdate.createMany({
    // Copied into plain ArrayBuffers: the bytes often sit in a larger pooled websocket buffer.
    data: updates.map((update) => ({ documentName: update.documentName, data: Uint8Array.from(update.data), userId: update.userId })),
  });
}
