import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import type { FanOut, FanOutListener } from "./fan-out";
import type { Log } from "./room";

const CHANNEL_PREFIX = "stoa:collab:";
const KINDS = ["update", "awareness", "sync-request"] as const;
const PROCESS_ID_BYTES = 8;

/**
 * Fan-out over Redis pub/sub: one channel per document, binary messages of
 * [kind][sender process id][payload]. Pub/sub delivers at most once, so after Redis comes back
 * every room asks the others for what it missed (`onReconnect`).
 */
export function createRedisFanOut(url: string, log: Log, options: { name?: string } = {}): FanOut {
  const processId = randomBytes(PROCESS_ID_BYTES);
  // Named, so CLIENT LIST shows which collab process a connection belongs to.
  const name = `stoa-collab:${options.name ?? processId.toString("hex")}`;
  const publisher = new Redis(url, { connectionName: `${name}:publisher` });
  // No ready check (an INFO command) on the subscriber: a SUBSCRIBE sent while it connects would
  // put the connection in subscriber mode first, the check would fail, and no message would arrive.
  const subscriber = new Redis(url, { connectionName: `${name}:subscriber`, enableReadyCheck: false });
  const listeners = new Map<string, FanOutListener>();

  let lastError = "";
  const onError = (error: Error) => {
    // ioredis reports every failed reconnect attempt; one line per distinct problem is enough.
    if (error.message !== lastError) log(`redis: ${error.message}`);
    lastError = error.message;
  };
  publisher.on("error", onError);
  subscriber.on("error", onError);

  let hasBeenReady = false;
  subscriber.on("ready", () => {
    lastError = "";
    if (hasBeenReady) for (const listener of listeners.values()) listener.onReconnect();
    hasBeenReady = true;
  });

  subscriber.on("messageBuffer", (channel: Buffer, message: Buffer) => {
    const listener = listeners.get(channel.toString());
    if (!listener || message.length < 1 + PROCESS_ID_BYTES) return;
    // Our own publications come back on the channel we subscribe to.
    if (processId.equals(message.subarray(1, 1 + PROCESS_ID_BYTES))) return;
    const kind = KINDS[message[0]!];
    const payload = new Uint8Array(message.subarray(1 + PROCESS_ID_BYTES));
    if (kind === "sync-request") listener.onMessage({ kind, stateVector: payload });
    else if (kind) listener.onMessage({ kind, update: payload });
  });

  return {
    publish(document, message) {
      const payload = message.kind === "sync-request" ? message.stateVector : message.update;
      const envelope = Buffer.concat([Buffer.of(KINDS.indexOf(message.kind)), processId, payload]);
      publisher.publish(CHANNEL_PREFIX + document, envelope).catch((error: unknown) => log(`redis: could not publish to ${document}: ${String(error)}`));
    },

    async subscribe(document, listener) {
      const channel = CHANNEL_PREFIX + document;
      listeners.set(channel, listener);
      try {
        await subscriber.subscribe(channel);
      } catch (error) {
        listeners.delete(channel);
        throw error;
      }
      return () => {
        if (listeners.get(channel) !== listener) return;
        listeners.delete(channel);
        subscriber.unsubscribe(channel).catch((error: unknown) => log(`redis: could not unsubscribe from ${document}: ${String(error)}`));
      };
    },

    async close() {
      await Promise.allSettled([subscriber.quit(), publisher.quit()]);
    },
  };
}

