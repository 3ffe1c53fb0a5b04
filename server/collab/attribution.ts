import type * as Y from "yjs";
import type { Connection } from "./room";

/**
 * Notices the Yjs client ids that appear in a document, so each can be recorded once with the
 * user it belongs to (contributions credit text through them).
 */
export class NewClients {
  private readonly known = new Set<number>();

  constructor(private readonly doc: Y.Doc) {}

  /** Client ids that appeared in the document since the last call (all of them, the first time). */
  take(): number[] {
    const clients = this.doc.store.clients;
    if (clients.size === this.known.size) return [];
    const fresh = [...clients.keys()].filter((clientId) => !this.known.has(clientId));
    for (const clientId of fresh) this.known.add(clientId);
    return fresh;
  }
}

/**
 * Whose a new client id is: the sender's, if it announced that id as its presence; else whoever
 * else did (a client re-sending text it received from someone else, after a restart, must not be
 * credited with it); else the sender's. The sender comes first, so announcing someone else's id
 * does not steal their text.
 */
export function authorOf(clientId: number, sender: Connection, connections: Iterable<Connection>): string {
  if (sender.awarenessClientIds.has(clientId)) return sender.claims.userId;
  for (const connection of connections) if (connection.awarenessClientIds.has(clientId)) return connection.claims.userId;
  return sender.claims.userId;
}
