import { describe, expect, it } from "vitest";
import thesisCourse from "@/prisma/seed/thesis-course.json";
import { courseContentSchema, keyEventSchema, readKeyEvents, readSources, sourceSchema } from "@/server/domain/course-content";

describe("the bundled thesis course", () => {
  const content = courseContentSchema.parse(thesisCourse);

  it("has three theories and ten cases, each with events, sources and prompts of both kinds", () => {
    expect(content.theories.map((theory) => theory.key)).toEqual(["realism", "liberalism", "constructivism"]);
    expect(content.cases).toHaveLength(10);
    for (const item of content.cases) {
      expect(item.keyEvents.length).toBeGreaterThan(0);
      expect(item.sources.length).toBeGreaterThan(0);
      expect(new Set(item.prompts.map((prompt) => prompt.kind))).toEqual(new Set(["DEBATE", "SEMINAR"]));
      expect(item.period.end).toBeGreaterThanOrEqual(item.period.start);
    }
  });

  it("has unique case slugs", () => {
    const slugs = content.cases.map((item) => item.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe("case fields", () => {
  it("accepts partial dates and rejects prose dates", () => {
    for (const date of ["1993", "1997-05", "1997-05-27"]) expect(keyEventSchema.safeParse({ date, event: "x" }).success).toBe(true);
    for (const date of ["May 1997", "97", "1997/05/27", ""]) expect(keyEventSchema.safeParse({ date, event: "x" }).success).toBe(false);
  });

  it("stores a numeric source year as text", () => {
    expect(sourceSchema.parse({ author: "Waltz", title: "Theory of International Politics", year: 1979 })).toEqual({
      author: "Waltz",
      title: "Theory of International Politics",
      year: "1979",
      venue: "",
    });
  });

  it("reads malformed stored JSON as empty rather than crashing a page", () => {
    expect(readKeyEvents([{ nope: true }])).toEqual([]);
    expect(readSources("not a list")).toEqual([]);
  });
});
