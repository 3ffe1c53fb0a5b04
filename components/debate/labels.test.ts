import { describe, expect, it } from "vitest";
import { deadlineLabel, shortTitle } from "@/components/debate/labels";

describe("shortTitle", () => {
  it("leaves short titles alone", () => {
    expect(shortTitle("Kosovo")).toBe("Kosovo");
  });

  it("cuts long motions at a word boundary", () => {
    const motion = "This house believes that NATO's decision to act without Security Council authorization did more harm";
    const short = shortTitle(motion);
    expect(short).toBe("This house believes that NATO's decision to act without…");
    expect(short.length).toBeLessThanOrEqual(61);
  });
});

describe("deadlineLabel", () => {
  it("names what happens next in each state", () => {
    expect(deadlineLabel("Opening", "SCHEDULED")).toBe("Opening opens");
    expect(deadlineLabel("Opening", "OPEN")).toBe("Opening locks");
    expect(deadlineLabel("Opening", "VOTING")).toBe("Voting on Opening closes");
  });
});
