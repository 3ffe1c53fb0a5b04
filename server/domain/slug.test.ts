import { describe, expect, it } from "vitest";
import { slugify, uniqueSlug } from "@/server/domain/slug";

describe("slugify", () => {
  it.each([
    ["Kosovo 1999: the air war", "kosovo-1999-the-air-war"],
    ["NATO's First Eastward Enlargement (the Clinton–Yeltsin Era)", "nato-s-first-eastward-enlargement-the-clinton-yeltsin-era"],
    ["Élysée & Kremlin", "elysee-kremlin"],
    ["   ", "case"],
    ["Россия", "case"],
  ])("%s → %s", (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it("stays within 60 characters and never ends in a dash", () => {
    const slug = slugify("word ".repeat(40));
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug.endsWith("-")).toBe(false);
  });
});

describe("uniqueSlug", () => {
  it("numbers a taken slug from 2", () => {
    expect(uniqueSlug("kosovo", new Set())).toBe("kosovo");
    expect(uniqueSlug("kosovo", new Set(["kosovo", "kosovo-2"]))).toBe("kosovo-3");
  });
});
