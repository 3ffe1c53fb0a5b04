import * as Y from "yjs";

/**
 * Where documents live between sessions. The server loads a document before it admits anyone to
 * it and appends every accepted client update, in order; batching is the store's business.
 */
export type DocumentStore = {
  /** The document's state as one Yjs update, or null when nothing was stored yet. */
  load(document: string): Promise<Uint8Array | null>;
  append(document: string, update: Uint8Array): Promise<void>;
};

/** Keeps documents for the life of the process: enough until the database store exists. */
export function createMemoryStore(): DocumentStore {
  const updates = new Map<string, Uint8Array[]>();
  return {
    async load(document) {
      const stored = updates.get(document);
      if (!stored?.length) return null;
      // Compacting on load keeps the list short without merging on every keystroke.
      const state = Y.mergeUpdates(stored);
      updates.set(document, [state]);
      return state;
    },
    async append(document, update) {
      const stored = updates.get(document);
      if (stored) stored.push(update);
      else updates.set(document, [update]);
    },
  };
}
