/**
 * What collab server processes holding the same document tell each other. Updates travel only
 * once the process that received them has stored them, so no process ever holds an edit that
 * exists nowhere durable but in another process's memory.
 */
export type FanOutMessage =
  | { kind: "update"; update: Uint8Array }
  | { kind: "awareness"; update: Uint8Array }
  /** A process that just loaded the document asks for what it missed: the others answer with updates and presence. */
  | { kind: "sync-request"; stateVector: Uint8Array };

export type FanOutListener = {
  onMessage(message: FanOutMessage): void;
  /** The link to the other processes was down for a while; messages may have been missed. */
  onReconnect(): void;
};

export type FanOut = {
  /** To every other process that holds the document; never back to this one. */
  publish(document: string, message: FanOutMessage): void;
  /** Resolves once other processes' messages for the document are being delivered. */
  subscribe(document: string, listener: FanOutListener): Promise<() => void>;
  close(): Promise<void>;
};

/** One process holds every document, so there is nobody to tell. */
export const singleProcessFanOut: FanOut = {
  publish: () => undefined,
  subscribe: async () => () => undefined,
  close: async () => undefined,
};
