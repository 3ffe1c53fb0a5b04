"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

/** How long a hidden tab keeps its live streams: switching tabs back and forth should not reconnect. */
export const HIDDEN_GRACE_MS = 5_000;

const subscribe = (onChange: () => void) => {
  document.addEventListener("visibilitychange", onChange);
  return () => document.removeEventListener("visibilitychange", onChange);
};

/**
 * Whether a tab's live streams (SSE subscriptions) should be open: while it is shown, and for a
 * few seconds after it is hidden. Over HTTP/1.1 a browser opens at most six connections to one
 * server, and every stream holds one for as long as it lasts: a student with a debate, a seminar
 * and the dashboard open in background tabs would otherwise leave no connection for the page in
 * front. Each subscriber catches up when its stream starts again (its `onStarted`).
 */
export function useStreamWhileVisible(): boolean {
  const isVisible = useSyncExternalStore(
    subscribe,
    () => document.visibilityState !== "hidden",
    () => true,
  );
  const [hasBeenHiddenLong, setHasBeenHiddenLong] = useState(false);
  if (isVisible && hasBeenHiddenLong) setHasBeenHiddenLong(false);
  useEffect(() => {
    if (isVisible) return;
    const timer = setTimeout(() => setHasBeenHiddenLong(true), HIDDEN_GRACE_MS);
    return () => clearTimeout(timer);
  }, [isVisible]);
  return isVisible || !hasBeenHiddenLong;
}
