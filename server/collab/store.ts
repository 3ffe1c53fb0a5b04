import * as Y from "yjs";

/** Who sent an update, and the Yjs client ids it introduced with the users they belong to. */
export type UpdateAuthor = {
  userId: string | null;
  clients: ReadonlyArray<{ clientId: number; userId: string }>;
};

/**
 * Where documents live between sessions. The server loads a document before it admits anyone to
 * it and appends every accepted client update; batching is the store's business.
 */
export type DocumentStore = {
  /** The document's state as one Yjs update, or null when nothing was stored yet. */
  load(document: string): Promise<Uint8Array | null>;
  /**
   * Resolves once the update is durable. Appends resolve in the order they were made, so
   * awaiting the latest covers every earlier one.
   */
  append(document: string, update: Uint8Array, author: UpdateAuthor): Promise<void>;
  /** Called when a document leaves memory, after its last append resolved. */
  compact?(document: string): Promise<void>;
};

/** Keeps documents for the life of the process: for tests and documents that need no history. */
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
