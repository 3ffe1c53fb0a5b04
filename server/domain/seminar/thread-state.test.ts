import { describe, expect, it } from "vitest";
import { threadState } from "@/server/domain/seminar/thread-state";

const now = new Date("2026-03-01T12:00:00Z");
const at = (hours: number) => new Date(now.getTime() + hours * 3_600_000);

describe("threadState", () => {
  it.each([
    [{ opensAt: null, closesAt: null, lockedAt: null }, "OPEN"],
    [{ opensAt: at(1), closesAt: null, lockedAt: null }, "SCHEDULED"],
    [{ opensAt: at(-1), closesAt: at(1), lockedAt: null }, "OPEN"],
    [{ opensAt: at(-2), closesAt: at(-1), lockedAt: null }, "CLOSED"],
    [{ opensAt: null, closesAt: now, lockedAt: null }, "CLOSED"],
    [{ opensAt: null, closesAt: at(5), lockedAt: at(-1) }, "LOCKED"],
  ] as const)("%o is %s", (times, state) => {
    expect(threadState(times, now)).toBe(state);
  });
});
