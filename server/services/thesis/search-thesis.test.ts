import { describe, expect, it } from "vitest";
import { readHeadline } from "./search-thesis";

describe("readHeadline", () => {
  it("turns ts_headline's delimiters into plain text with match offsets", () => {
    const result = readHeadline("the \uE000enlargement\uE001 of NATO and its \uE000enlarged\uE001 <b>role</b>");
    expect(result.snippet).toBe("the enlargement of NATO and its enlarged <b>role</b>");
    expect(result.matches.map((match) => result.snippet.slice(match.start, match.end))).toEqual(["enlargement", "enlarged"]);
  });

  it("ignores an unmatched or empty highlight", () => {
    expect(readHeadline("a \uE000\uE001b \uE001c")).toEqual({ snippet: "a b c", matches: [] });
  });
});
