import * as Y from "yjs";

/** One row of a document's update log, as the collab server stored it. */
export type LogEntry = { data: Uint8Array; userId: string | null; createdAt: Date };

export type Contribution = {
  /** Null collects text whose author is unknown (say, written before attribution existed). */
  userId: string | null;
  /** Characters this person typed that are still in the document. */
  insertedCharacters: number;
  /** Characters this person's updates removed, whoever had typed them. */
  deletedCharacters: number;
  /** Distinct clock minutes in which this person's updates arrived. */
  activeMinutes: number;
};

type Totals = { inserted: number; deleted: number; minutes: Set<number> };

/**
 * Per-person contributions to a document, replayed from its update log. Insertions are credited
 * through the Yjs client id that created the text (`clientUsers`); deletions and activity to the
 * user who sent the update. Replaying, rather than reading each stored update's delete set, counts
 * a deletion once even when the log holds it twice (a client re-sending after a reconnect).
 * Characters are Unicode code points.
 */
export function computeContributions(log: readonly LogEntry[], clientUsers: ReadonlyMap<number, string>): Contribution[] {
  const totals = new Map<string | null, Totals>();
  const totalsOf = (userId: string | null) => {
    let entry = totals.get(userId);
    if (!entry) totals.set(userId, (entry = { inserted: 0, deleted: 0, minutes: new Set() }));
    return entry;
  };

  // Without garbage collection deleted text keeps its content, so it can still be counted.
  const doc = new Y.Doc({ gc: false });
  let sender: string | null = null;
  doc.on("update", (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    // A transaction's delete set holds only what it newly deleted.
    totalsOf(sender).deleted += charactersIn(doc, transaction.deleteSet);
  });
  for (const entry of log) {
    sender = entry.userId;
    Y.applyUpdate(doc, entry.data);
    totalsOf(sender).minutes.add(Math.floor(entry.createdAt.getTime() / 60_000));
  }

  for (const [clientId, structs] of doc.store.clients) {
    let surviving = 0;
    for (const struct of structs) {
      if (struct instanceof Y.Item && !struct.deleted && struct.content instanceof Y.ContentString) surviving += codePoints(struct.content.str);
    }
    if (surviving > 0) totalsOf(clientUsers.get(clientId) ?? null).inserted += surviving;
  }
  doc.destroy();

  return [...totals]
    .map(([userId, total]) => ({ userId, insertedCharacters: total.inserted, deletedCharacters: total.deleted, activeMinutes: total.minutes.size }))
    .filter((row) => row.insertedCharacters + row.deletedCharacters + row.activeMinutes > 0)
    .sort((a, b) => b.insertedCharacters - a.insertedCharacters || String(a.userId).localeCompare(String(b.userId)));
}

/** Text characters inside the delete set's id ranges (formatting marks and nodes are not text). */
function charactersIn(doc: Y.Doc, deleteSet: Y.Transaction["deleteSet"]): number {
  let count = 0;
  for (const [clientId, ranges] of deleteSet.clients) {
    const structs = doc.store.clients.get(clientId) ?? [];
    for (const range of ranges) {
      const end = range.clock + range.len;
      for (let index = Y.findIndexSS(structs, range.clock); index < structs.length; index++) {
        const struct = structs[index]!;
        if (struct.id.clock >= end) break;
        if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString)) continue;
        const from = Math.max(range.clock, struct.id.clock) - struct.id.clock;
        const to = Math.min(end, struct.id.clock + struct.length) - struct.id.clock;
        count += codePoints(struct.content.str.slice(from, to));
      }
    }
  }
  return count;
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}
