import * as decoding from "lib0/decoding";
import type { RawData, WebSocket } from "ws";
import * as awarenessProtocol from "y-protocols/awareness";
import * as syncProtocol from "y-protocols/sync";
import * as Y from "yjs";
import {
  awarenessMessage,
  CLOSE_DOCUMENT_TOO_LARGE,
  CLOSE_MALFORMED,
  MESSAGE_AWARENESS,
  MESSAGE_QUERY_AWARENESS,
  MESSAGE_SYNC,
  syncStep1Message,
  syncStep2Message,
} from "./protocol";
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
    // Once closing (a refused update, say), nothing more from this client is taken.
    if (socket.readyState !== socket.OPEN) return;
    try {
      receive(room, socket, toBytes(data));
    } catch (error) {
      // Only this connection pays: the message was checked before it could touch the document.
      options.log(`${room.name}: closing ${participant.claims.userName}'s connection after a malformed message: ${String(error)}`);
      socket.close(CLOSE_MALFORMED, "malformed message");
    }
  });

  // ws reports protocol violations (a message over the size limit, a bad frame) here and closes
  // the connection itself; without a listener the error would take the whole process down.
  socket.on("error", (error) => options.log(`${room.name}: ${participant.claims.userName}'s connection failed: ${error.message}`));

  socket.on("close", () => {
    clearInterval(keepAlive);
    room.remove(socket);
    options.onClose();
  });

  send(socket, syncStep1Message(room.doc));
  const present = [...room.awareness.getStates().keys()];
  if (present.length > 0) send(socket, awarenessMessage(room.awareness, present));
}

/** Handles one message; throws when it is malformed. Auth messages and unknown types are ignored. */
function receive(room: Room, socket: WebSocket, message: Uint8Array): void {
  const decoder = decoding.createDecoder(message);
  switch (decoding.readVarUint(decoder)) {
    case MESSAGE_SYNC: {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) return send(socket, syncStep2Message(room.doc, payload));
      if (syncType !== syncProtocol.messageYjsSyncStep2 && syncType !== syncProtocol.messageYjsUpdate) throw new Error(`unknown sync message ${syncType}`);
      return receiveUpdate(room, socket, payload);
    }
    case MESSAGE_AWARENESS:
      return awarenessProtocol.applyAwarenessUpdate(room.awareness, decoding.readVarUint8Array(decoder), socket);
    case MESSAGE_QUERY_AWARENESS:
      return send(socket, awarenessMessage(room.awareness, [...room.awareness.getStates().keys()]));
  }
}

function receiveUpdate(room: Room, socket: WebSocket, update: Uint8Array): void {
  // Decoding it whole first means a malformed update throws here, before it can half-apply.
  const { structs } = Y.decodeUpdate(update);
  // Dropped rather than refused: a reader's client still sends what it has (its sync reply),
  // and closing the connection would only make it reconnect and send it again.
  if (!room.canWrite(socket)) return;
  // Deletions never grow a document: a full one can still be cut down.
  if (structs.length > 0 && !room.fits(update)) return socket.close(CLOSE_DOCUMENT_TOO_LARGE, "document too large");
  room.applyClientUpdate(socket, update);
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return new Uint8Array(data);
}
