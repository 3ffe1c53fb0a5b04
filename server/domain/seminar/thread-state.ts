export type ThreadTimes = { opensAt: Date | null; closesAt: Date | null; lockedAt: Date | null };

/** SCHEDULED: not open yet; CLOSED: past its closing time; LOCKED: closed by staff. Only OPEN takes posts. */
export type ThreadState = "SCHEDULED" | "OPEN" | "CLOSED" | "LOCKED";

export function threadState(thread: ThreadTimes, now: Date): ThreadState {
  if (thread.lockedAt && thread.lockedAt <= now) return "LOCKED";
  if (thread.opensAt && now < thread.opensAt) return "SCHEDULED";
  if (thread.closesAt && now >= thread.closesAt) return "CLOSED";
  return "OPEN";
}

export function whyNotOpen(state: ThreadState): string | null {
  switch (state) {
    case "OPEN":
      return null;
    case "SCHEDULED":
      return "This thread is not open yet";
    case "CLOSED":
      return "This thread is closed";
    case "LOCKED":
      return "This thread is locked";
  }
}
