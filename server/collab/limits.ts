/** What one client or one document may cost the server. */
export type CollabLimits = {
  /** Largest websocket message; `ws` closes the connection (1009) on a bigger one. */
  maxMessageBytes: number;
  /** Largest encoded document; a connection whose update would grow it past this is closed (4413). */
  maxDocumentBytes: number;
  /** Open connections per user on this process; more are refused with 429. */
  maxConnectionsPerUser: number;
  /** How long a document nobody is connected to stays in memory, so a page reload does not reload it. */
  idleGraceMs: number;
};

export const defaultLimits: CollabLimits = {
  // A pasted essay with images' alt text fits many times over; one client cannot make the
  // server buffer without bound.
  maxMessageBytes: 2 * 1024 * 1024,
  // About a million characters of text with its editing history: far beyond any argument.
  maxDocumentBytes: 5 * 1024 * 1024,
  // A student with a few tabs and a phone; a script opening hundreds is refused.
  maxConnectionsPerUser: 8,
  idleGraceMs: 30_000,
};
