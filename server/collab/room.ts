import { WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as Y from "yjs";
import type { CollabPermission } from "@/server/auth/collab-ticket";
import type { FanOut } from "./fan-out";
import { awarenessMessage, updateMessage } from "./protocol";
import type { DocumentStore } from "./store";

export type Log = (message: string) => void;

export type RoomSeams = { store: DocumentStore; fanOut: FanOut; log: Log };

export type Participant = { userId: string; userName: string; permission: CollabPermission };

type Connection = Participant & {
  /** Awareness client ids this connection announced, removed for everyone when it leaves. */
  awarenessClientIds: Set<number>;
};

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

// Updates that came from the store or from another process are already stored and shared.
const STORE_ORIGIN = Symbol("store");
const FAN_OUT_ORIGIN = Symbol("fan-out");

export function send(socket: WebSocket, message: Uint8Array): void {
  if (socket.readyState !== WebSocket.OPEN) return;
  socket.send(message, (error) => {
    if (error) socket.terminate();
  });
}

/** One document held in memory, and everyone connected to it. */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private readonly connections = new Map<WebSocket, Connection>();
  private pendingWrites: Promise<void> = Promise.resolve();
  private unsubscribe: () => void = () => undefined;

  private constructor(
    readonly name: string,
    private readonly seams: RoomSeams,
  ) {
    // The server is not a participant; without this it would show up as an empty presence.
    this.awareness.setLocalState(null);
    this.doc.on("update", this.onDocumentUpdate);
    this.awareness.on("update", this.onAwarenessUpdate);
  }

  /** Resolves once the stored state is in memory: nobody is served a half-loaded document. */
  static async load(name: string, seams: RoomSeams): Promise<Room> {
    const room = new Room(name, seams);
    // Subscribing first means nothing published between the load and the subscription is lost;
    // Yjs applies updates in any order.
    room.unsubscribe = seams.fanOut.subscribe(name, (update) => Y.applyUpdate(room.doc, update, FAN_OUT_ORIGIN));
    try {
      const state = await seams.store.load(name);
      if (state) Y.applyUpdate(room.doc, state, STORE_ORIGIN);
    } catch (error) {
      await room.close();
      throw error;
    }
    return room;
  }

  add(socket: WebSocket, participant: Participant): void {
    this.connections.set(socket, { ...participant, awarenessClientIds: new Set() });
  }

  remove(socket: WebSocket): void {
    const connection = this.connections.get(socket);
    this.connections.delete(socket);
    if (connection?.awarenessClientIds.size) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClientIds], null);
    }
  }

  canWrite(socket: WebSocket): boolean {
    return this.connections.get(socket)?.permission === "write";
  }

  /** Waits for the store to take every update, then frees the document. */
  async close(): Promise<void> {
    this.unsubscribe();
    await this.pendingWrites;
    this.awareness.destroy();
    this.doc.destroy();
  }

  private broadcast(message: Uint8Array): void {
    for (const socket of this.connections.keys()) send(socket, message);
  }

  private readonly onDocumentUpdate = (update: Uint8Array, origin: unknown): void => {
    this.broadcast(updateMessage(update));
    if (origin === STORE_ORIGIN || origin === FAN_OUT_ORIGIN) return;
    this.seams.fanOut.publish(this.name, update);
    // Chained so the store sees updates in the order they were applied.
    this.pendingWrites = this.pendingWrites
      .then(() => this.seams.store.append(this.name, update))
      .catch((error: unknown) => this.seams.log(`${this.name}: could not store an update: ${String(error)}`));
  };

  private readonly onAwarenessUpdate = ({ added, updated, removed }: AwarenessChange, origin: unknown): void => {
    const connection = origin instanceof WebSocket ? this.connections.get(origin) : undefined;
    if (connection) {
      for (const clientId of added) connection.awarenessClientIds.add(clientId);
      for (const clientId of removed) connection.awarenessClientIds.delete(clientId);
    }
    this.broadcast(awarenessMessage(this.awareness, [...added, ...updated, ...removed]));
  };
}
