import { describe, expect, it } from "vitest";
import { describeDuration, formatDuration, fromDateTimeLocal, toDateTimeLocal } from "@/components/debate/time";

describe("formatDuration", () => {
  it("keeps the two largest units", () => {
    expect(formatDuration((2 * 24 + 3) * 3_600_000 + 5 * 60_000)).toBe("2 d 3 h");
    expect(formatDuration(5 * 3_600_000 + 12 * 60_000)).toBe("5 h 12 min");
    expect(formatDuration(4 * 60_000 + 5_000)).toBe("4 min 05 s");
    expect(formatDuration(12_000)).toBe("12 s");
  });

  it("reads a span that has run out as zero", () => {
    expect(formatDuration(-5_000)).toBe("0 s");
  });
});

describe("describeDuration", () => {
  it("spells out units for screen readers", () => {
    expect(describeDuration(24 * 3_600_000 + 60_000)).toBe("1 day 1 minute");
    expect(describeDuration(2 * 3_600_000)).toBe("2 hours");
    expect(describeDuration(1_000)).toBe("1 second");
  });
});

describe("datetime-local values", () => {
  it("round-trip in the local time zone", () => {
    const date = new Date(2026, 10, 26, 18, 5);
    expect(toDateTimeLocal(date)).toBe("2026-11-26T18:05");
    expect(fromDateTimeLocal("2026-11-26T18:05")?.getTime()).toBe(date.getTime());
  });

  it("accepts seconds, which some browsers add", () => {
    expect(fromDateTimeLocal("2026-11-26T18:05:30")?.getTime()).toBe(new Date(2026, 10, 26, 18, 5, 30).getTime());
  });

  it("rejects empty, malformed and impossible dates", () => {
    expect(fromDateTimeLocal("")).toBeNull();
    expect(fromDateTimeLocal("26/11/2026 18:05")).toBeNull();
    expect(fromDateTimeLocal("2026-02-31T10:00")).toBeNull();
  });
});
