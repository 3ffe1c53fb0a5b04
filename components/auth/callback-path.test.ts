import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/components/auth/callback-path";

describe("safeCallbackPath", () => {
  it("keeps a same-site path with its query", () => {
    expect(safeCallbackPath("/courses/abc/settings?tab=roster")).toBe("/courses/abc/settings?tab=roster");
  });

  it("falls back for absolute, protocol-relative and backslash URLs", () => {
    expect(safeCallbackPath("https://evil.example/")).toBe("/courses");
    expect(safeCallbackPath("//evil.example/")).toBe("/courses");
    expect(safeCallbackPath("/\\evil.example")).toBe("/courses");
  });

  it("takes the first of repeated parameters and falls back when missing", () => {
    expect(safeCallbackPath(["/courses/one", "/courses/two"])).toBe("/courses/one");
    expect(safeCallbackPath(undefined)).toBe("/courses");
  });
});
