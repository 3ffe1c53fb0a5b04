import { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { CollabPermission, CollabTicketClaims } from "@/server/auth/collab-ticket";
import type { Authorize, Grant } from "./access";
import { authorOf, NewClients } from "./attribution";
import type { FanOut, FanOutMessage } from "./fan-out";
import { awarenessUpdateMessage, CLOSE_ACCESS_REVOKED, CLOSE_PERMISSION_CHANGED, permissionDeniedMessage, updateMessage } from "./protocol";
import { PermissionReview } from "./room-review";
import type { RoundEvents } from "./round-events";
import type { DocumentStore } from "./store";

export type Log = (message: string) => void;

export type RoomSeams = {
  store: DocumentStore;
  fanOut: FanOut;
  authorize: Authorize;
  roundEvents: RoundEvents;
  maxDocumentBytes: number;
  log: Log;
};

export type Participant = { claims: CollabTicketClaims; grant: Grant };

export type Connection = {
  readonly claims: CollabTicketClaims;
  permission: CollabPermission;
  /** Awareness client ids this connection announced, removed for everyone when it leaves. */
  readonly awarenessClientIds: Set<number>;
};

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

// Updates from the store or another process are stored already; awareness timeouts happen in
// every process on its own; a connection's departure is this process's news to share.
const STORE_ORIGIN = Symbol("store");
const FAN_OUT_ORIGIN = Symbol("fan-out");
const DEPARTURE_ORIGIN = Symbol("departure");
const AWARENESS_TIMEOUT_ORIGIN = "timeout";

// A client that reads slower than the room writes is cut off rather than buffered without bound.
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

export function send(socket: WebSocket, message: Uint8Array): void {
  if (socket.readyState !== WebSocket.OPEN) return;
  if (socket.bufferedAmount > MAX_BUFFERED_BYTES) return socket.terminate();
  socket.send(message, (error) => {
    if (error) socket.terminate();
  });
}

/** One document held in memory, and everyone connected to it. */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Map<WebSocket, Connection>();
  /** An upper bound of the encoded document's size, made exact whenever it nears the limit. */
  private size = 0;
  private readonly newClients = new NewClients(this.doc);
  /** The latest append: once it resolves, every update this room accepted is durable. */
  private stored: Promise<void> = Promise.resolve();
  private unsubscribe: () => void = () => undefined;
  private readonly review: PermissionReview;

  private constructor(
    readonly name: string,
    private readonly seams: RoomSeams,
  ) {
    // The server is not a participant; without this it would show up as an empty presence.
    this.awareness.setLocalState(null);
    this.doc.on("update", this.onDocumentUpdate);
    this.awareness.on("update", this.onAwarenessUpdate);
    this.review = new PermissionReview(this, seams, { onGrant: this.onGrant, onRevoke: this.onRevoke });
  }

  /** Resolves once the stored state is in memory: nobody is served a half-loaded document. */
  static async load(name: string, seams: RoomSeams): Promise<Room> {
    const room = new Room(name, seams);
    try {
      // Subscribed before loading, so nothing another process stores meanwhile is missed; what
      // it had sent before (or not yet stored) comes in answer to the sync request below.
      room.unsubscribe = await seams.fanOut.subscribe(name, {
        onMessage: (message) => room.onFanOut(message),
        onReconnect: () => {
          room.resync().catch((error: unknown) => seams.log(`${name}: could not re-sync with the other processes: ${String(error)}`));
        },
      });
      const state = await seams.store.load(name);
      if (state) Y.applyUpdate(room.doc, state, STORE_ORIGIN);
      room.size = state?.length ?? 0;
      // What the store holds was attributed when it was stored.
      room.newClients.take();
      room.requestSync();
    } catch (error) {
      await room.close();
      throw error;
    }
    return room;
  }

  add(socket: WebSocket, participant: Participant): void {
    this.connections.set(socket, { claims: participant.claims, permission: participant.grant.permission, awarenessClientIds: new Set() });
    this.review.follow(participant.grant);
  }

  remove(socket: WebSocket): void {
    const connection = this.connections.get(socket);
    this.connections.delete(socket);
    if (connection?.awarenessClientIds.size) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClientIds], DEPARTURE_ORIGIN);
    }
  }

  canWrite(socket: WebSocket): boolean {
    return this.connections.get(socket)?.permission === "write";
  }

  /** Whether an update of this size still fits under the document limit. */
  fits(update: Uint8Array): boolean {
    const limit = this.seams.maxDocumentBytes;
    if (this.size + update.length <= limit) return true;
    // The running total only grows (deletions shrink the real size): measure before refusing.
    this.size = Y.encodeStateAsUpdate(this.doc).length;
    return this.size + update.length <= limit;
  }

  /** A writer's update, already validated; the socket as origin tells the update handler who sent it. */
  applyClientUpdate(socket: WebSocket, update: Uint8Array): void {
    this.size += update.length;
    Y.applyUpdate(this.doc, update, socket);
  }

  /** Waits for the store to take every update, then frees the document. */
  async close(): Promise<void> {
    this.unsubscribe();
    this.review.stop();
    await this.stored;
    this.awareness.destroy();
    this.doc.destroy();
  }

  private broadcast(message: Uint8Array, except?: WebSocket): void {
    for (const socket of this.connections.keys()) if (socket !== except) send(socket, message);
  }

  private readonly onDocumentUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORE_ORIGIN) return;
    const socket = origin instanceof WebSocket ? origin : undefined;
    this.broadcast(updateMessage(update), socket);
    const newClients = this.newClients.take();
    if (origin === FAN_OUT_ORIGIN) return;

    const sender = socket && this.connections.get(socket);
    const userId = sender?.claims.userId ?? null;
    const clients = sender ? newClients.map((clientId) => ({ clientId, userId: authorOf(clientId, sender, this.connections.values()) })) : [];
    const stored = this.seams.store.append(this.name, update, { userId, clients });
    this.stored = stored;
    // Other processes get the update only once it is durable (see fan-out.ts).
    stored.then(
      () => this.seams.fanOut.publish(this.name, { kind: "update", update }),
      (error: unknown) => this.seams.log(`${this.name}: could not store an update: ${String(error)}`),
    );
  };

  private readonly onAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const socket = origin instanceof WebSocket ? origin : undefined;
    const connection = socket && this.connections.get(socket);
    if (connection) {
      for (const clientId of added) connection.awarenessClientIds.add(clientId);
      for (const clientId of removed) connection.awarenessClientIds.delete(clientId);
    }
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...added, ...updated, ...removed]);
    this.broadcast(awarenessUpdateMessage(update), socket);
    if (origin !== FAN_OUT_ORIGIN && origin !== AWARENESS_TIMEOUT_ORIGIN) this.seams.fanOut.publish(this.name, { kind: "awareness", update });
  };

  private onFanOut(message: FanOutMessage): void {
    try {
      if (message.kind === "update") {
        this.size += message.update.length;
        Y.applyUpdate(this.doc, message.update, FAN_OUT_ORIGIN);
      } else if (message.kind === "awareness") {
        awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, FAN_OUT_ORIGIN);
      } else {
        // Asynchronous: a malformed state vector rejects here, outside the try block.
        this.answerSyncRequest(message.stateVector).catch((error: unknown) => this.seams.log(`${this.name}: ignored a malformed sync request: ${String(error)}`));
      }
    } catch (error) {
      this.seams.log(`${this.name}: ignored a malformed ${message.kind} from another process: ${String(error)}`);
    }
  }

  /**
   * After the link to Redis was down: ask the others for what they published meanwhile, and send
   * them everything here (what this process published meanwhile may have been lost too).
   */
  private async resync(): Promise<void> {
    this.requestSync();
    const state = Y.encodeStateAsUpdate(this.doc);
    await this.stored;
    this.seams.fanOut.publish(this.name, { kind: "update", update: state });
  }

  private requestSync(): void {
    this.seams.fanOut.publish(this.name, { kind: "sync-request", stateVector: Y.encodeStateVector(this.doc) });
  }

  private async answerSyncRequest(stateVector: Uint8Array): Promise<void> {
    const missing = Y.encodeStateAsUpdate(this.doc, stateVector);
    // Everything in `missing` that came from this process's clients was appended by now.
    await this.stored;
    this.seams.fanOut.publish(this.name, { kind: "update", update: missing });
    const present = [...this.connections.values()].flatMap((connection) => [...connection.awarenessClientIds]);
    if (present.length > 0) this.seams.fanOut.publish(this.name, { kind: "awareness", update: awarenessProtocol.encodeAwarenessUpdate(this.awareness, present) });
  }

  private readonly onGrant = (socket: WebSocket, grant: Grant): void => {
    const connection = this.connections.get(socket);
    if (!connection || connection.permission === grant.permission) return;
    if (grant.permission === "read") {
      // Live downgrade: from now on this connection's writes are dropped. The client is told so
      // its editor can turn read-only; it keeps receiving the document.
      connection.permission = "read";
      send(socket, permissionDeniedMessage("read-only: this document can no longer be edited"));
      return;
    }
    // Writing again (a reopened round): the client reconnects with a fresh ticket and re-syncs,
    // so nothing it typed while refused stays unsent.
    socket.close(CLOSE_PERMISSION_CHANGED, "permission changed");
  };

  private readonly onRevoke = (socket: WebSocket): void => {
    socket.close(CLOSE_ACCESS_REVOKED, "access revoked");
  };
}
