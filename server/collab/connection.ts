import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import type { RawData, WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import { awarenessMessage, isDocumentWrite, MESSAGE_AWARENESS, MESSAGE_SYNC, syncStep1Message } from "./protocol";
import { send, type Log, type Participant, type Room } from "./room";

// A dead peer (laptop lid closed) sends no close frame; pings find it within two intervals.
const KEEPALIVE_INTERVAL_MS = 30_000;

/** Speaks the y-websocket protocol with one client of an already loaded room. */
export function serveConnection(room: Room, socket: WebSocket, participant: Participant, options: { log: Log; onClose: () => void }): void {
  room.add(socket, participant);

  let isAlive = true;
  socket.on("pong", () => {
    isAlive = true;
  });
  const keepAlive = setInterval(() => {
    if (!isAlive) return socket.terminate();
    isAlive = false;
    socket.ping();
  }, KEEPALIVE_INTERVAL_MS);

  socket.on("message", (data) => {
    try {
      receive(room, socket, toBytes(data));
    } catch (error) {
      options.log(`${room.name}: closing ${participant.userName}'s connection after a malformed message: ${String(error)}`);
      socket.close(1007, "malformed message");
    }
  });

  socket.on("close", () => {
    clearInterval(keepAlive);
    room.remove(socket);
    options.onClose();
  });

  send(socket, syncStep1Message(room.doc));
  const present = [...room.awareness.getStates().keys()];
  if (present.length > 0) send(socket, awarenessMessage(room.awareness, present));
}

function receive(room: Room, socket: WebSocket, message: Uint8Array): void {
  // Dropped rather than refused: a reader's editor may still emit changes, and closing the
  // connection would only make it reconnect and try again.
  if (!room.canWrite(socket) && isDocumentWrite(message)) return;

  const decoder = decoding.createDecoder(message);
  switch (decoding.readVarUint(decoder)) {
    case MESSAGE_SYNC: {
      const reply = encoding.createEncoder();
      encoding.writeVarUint(reply, MESSAGE_SYNC);
      // The socket as origin tells the room's update handler who made the change.
      syncProtocol.readSyncMessage(decoder, reply, room.doc, socket);
      if (encoding.length(reply) > 1) send(socket, encoding.toUint8Array(reply));
      break;
    }
    case MESSAGE_AWARENESS:
      awarenessProtocol.applyAwarenessUpdate(room.awareness, decoding.readVarUint8Array(decoder), socket);
      break;
  }
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data);
}
