"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type AutosaveStatus = "idle" | "saving" | "saved" | "error";

type UseGradeAutosaveOptions<State> = {
  /** The grader's whole current state; it is compared by its JSON, so keep it plain data. */
  state: State;
  /** Sends one state to the server (e.g. grade.saveDraft). Its rejection becomes status "error". */
  save: (state: State) => Promise<unknown>;
  /** Quiet time after the last change before saving. */
  delayMs?: number;
  /** False while the state must not be saved (e.g. a finalized grade being viewed read-only). */
  isEnabled?: boolean;
};

export type GradeAutosave = {
  /** "idle" until the first change, then "saving" → "saved", or "error" (the next change or retry tries again). */
  status: AutosaveStatus;
  /** The last failure, for its message and field errors; null after a successful save. */
  error: unknown;
  /** True while the state differs from what was last saved (a save is pending or failed). */
  hasUnsavedChanges: boolean;
  /** Saves now, without waiting for the delay; resolves when what is on screen is stored (rejects if it fails). */
  flush: () => Promise<void>;
};

/**
 * Debounced autosave of a grader's state. The state it starts with counts as saved; every later
 * change is sent `delayMs` after typing stops, one request at a time, and a change made while a
 * request is in flight is sent when it returns. Unmounting (client navigation) sends what is
 * pending; closing or reloading the tab with unsaved changes asks first.
 */
export function useGradeAutosave<State>({ state, save, delayMs = 800, isEnabled = true }: UseGradeAutosaveOptions<State>): GradeAutosave {
  const serialized = JSON.stringify(state);
  const [savedSerialized, setSavedSerialized] = useState(serialized);
  const [status, setStatus] = useState<AutosaveStatus>("idle");
  const [error, setError] = useState<unknown>(null);
  const latest = useRef({ state, serialized, save, isEnabled });
  const inFlight = useRef<Promise<void> | null>(null);
  const saved = useRef(serialized);

  useEffect(() => {
    latest.current = { state, serialized, save, isEnabled };
  });

  const runSave = useCallback(async (): Promise<void> => {
    // One request at a time: wait for the one in flight, then send what is current by then.
    while (inFlight.current) await inFlight.current.catch(() => undefined);
    const { state: current, serialized: currentSerialized, save: saveNow } = latest.current;
    if (currentSerialized === saved.current) return;
    setStatus("saving");
    const request = saveNow(current).then(
      () => {
        saved.current = currentSerialized;
        setSavedSerialized(currentSerialized);
        setError(null);
        setStatus(latest.current.serialized === currentSerialized ? "saved" : "saving");
      },
      (failure: unknown) => {
        setError(failure);
        setStatus("error");
        throw failure;
      },
    );
    inFlight.current = request;
    try {
      await request;
    } finally {
      if (inFlight.current === request) inFlight.current = null;
    }
  }, []);

  useEffect(() => {
    if (!isEnabled || serialized === saved.current) return;
    const timer = setTimeout(() => {
      runSave().catch(() => undefined);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [serialized, isEnabled, delayMs, runSave]);

  // Leaving within the delay (a link, the next submission) still stores the last change.
  useEffect(
    () => () => {
      if (latest.current.isEnabled && latest.current.serialized !== saved.current) runSave().catch(() => undefined);
    },
    [runSave],
  );

  const hasUnsavedChanges = isEnabled && serialized !== savedSerialized;

  useEffect(() => {
    if (!hasUnsavedChanges) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [hasUnsavedChanges]);

  return { status, error, hasUnsavedChanges, flush: runSave };
}
