import { EventEmitter, on } from "node:events";
import pg from "pg";

/**
 * One PostgreSQL LISTEN connection per channel per process, fanning each payload out to the
 * in-process subscribers of its key (a course, a user). Every web process listens, so an event
 * published by any process, or by the worker, reaches every subscriber wherever it is connected.
 */
type Listener = { emitter: EventEmitter; ready: Promise<void> };
const globalForChannels = globalThis as unknown as { stoaChannels?: Map<string, Listener> };

function listener(connectionString: string, channel: string, keyOf: (payload: unknown) => string): Listener {
  const channels = (globalForChannels.stoaChannels ??= new Map());
  const existing = channels.get(channel);
  if (existing) return existing;
  const emitter = new EventEmitter();
  emitter.setMaxListeners(0);
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString });
    client.on("notification", (message) => {
      if (!message.payload) return;
      const payload: unknown = JSON.parse(message.payload);
      emitter.emit(keyOf(payload), payload);
    });
    // A dropped connection would silently stop live updates: reconnect after a pause.
    client.on("error", () => {
      client.end().catch(() => undefined);
      setTimeout(() => void connect().catch(() => undefined), 1_000);
    });
    await client.connect();
    await client.query(`LISTEN ${channel}`);
  };
  const created = { emitter, ready: connect() };
  channels.set(channel, created);
  return created;
}

export type Channel<Event> = {
  name: string;
  /** Resolves once this process is listening: events published after that reach it. */
  whenListening: (connectionString: string) => Promise<void>;
  /** The events for `key` from now on, until `signal` aborts (the subscriber went away). */
  events: (connectionString: string, key: string, signal: AbortSignal | undefined) => AsyncGenerator<Event>;
};

export function pgChannel<Event>(name: string, keyOf: (event: Event) => string): Channel<Event> {
  const listen = (connectionString: string) => listener(connectionString, name, keyOf as (payload: unknown) => string);
  return {
    name,
    whenListening: async (connectionString) => {
      await listen(connectionString).ready;
    },
    events: async function* (connectionString, key, signal) {
      const { emitter, ready } = listen(connectionString);
      await ready;
      for await (const [event] of on(emitter, key, { signal })) yield event as Event;
    },
  };
}
