/** What the editor tells its users about the link to the collaboration server. */
export type ConnectionState = "connecting" | "connected" | "reconnecting" | "offline";

/** Delay before the next connection attempt: 200 ms doubling to at most 5 s, as y-websocket backs off. */
export function reconnectDelay(failedAttempts: number): number {
  return Math.min(100 * 2 ** Math.max(1, failedAttempts), 5_000);
}

export const connectionLabels: Record<ConnectionState, string> = {
  connecting: "Connecting…",
  connected: "Connected",
  reconnecting: "Reconnecting… your edits are kept and will be sent",
  offline: "Offline: your edits are kept on this device and sent when you reconnect",
};
