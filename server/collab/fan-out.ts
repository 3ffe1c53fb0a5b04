/**
 * Shares updates between collab server processes that hold the same document (Redis later).
 * Only updates made by this process's own clients are published.
 */
export type FanOut = {
  publish(document: string, update: Uint8Array): void;
  /** Delivers other processes' updates for the document until the returned function is called. */
  subscribe(document: string, onUpdate: (update: Uint8Array) => void): () => void;
};

/** One process holds every document, so there is nobody to tell. */
export const singleProcessFanOut: FanOut = {
  publish: () => undefined,
  subscribe: () => () => undefined,
};
