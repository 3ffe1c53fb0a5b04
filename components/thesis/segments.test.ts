import { describe, expect, it } from "vitest";
import { highlightSegments, markerSegments } from "./segments";

describe("highlightSegments", () => {
  it("marks the matched ranges and keeps the rest plain", () => {
    expect(highlightSegments("NATO enlargement angered Moscow", [{ start: 5, end: 16 }])).toEqual([
      { text: "NATO ", mark: null },
      { text: "enlargement", mark: true },
      { text: " angered Moscow", mark: null },
    ]);
  });

  it("survives unsorted, overlapping and out-of-range offsets", () => {
    const segments = highlightSegments("abcdef", [{ start: 4, end: 9 }, { start: 0, end: 2 }, { start: 1, end: 3 }]);
    expect(segments.map((segment) => [segment.text, segment.mark])).toEqual([
      ["ab", true],
      ["c", true],
      ["d", null],
      ["ef", true],
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe("abcdef");
  });

  it("keeps markup in the text as text", () => {
    expect(highlightSegments("<b>x</b>", [])).toEqual([{ text: "<b>x</b>", mark: null }]);
  });
});

describe("markerSegments", () => {
  it("puts each footnote marker where it stood in the text", () => {
    const text = "Washington spoke of partnership. Moscow heard something else.";
    const segments = markerSegments(text, [
      { number: 2, offset: text.length },
      { number: 1, offset: "Washington spoke of partnership.".length },
    ]);
    expect(segments.map((segment) => [segment.text, segment.marker?.number ?? null])).toEqual([
      ["Washington spoke of partnership.", 1],
      [" Moscow heard something else.", 2],
    ]);
  });

  it("gives plain text back whole when there are no markers", () => {
    expect(markerSegments("Plain.", [])).toEqual([{ text: "Plain.", marker: null, index: -1 }]);
  });
});
