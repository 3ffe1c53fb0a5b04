import { describe, expect, it } from "vitest";
import { wordCountOf, wordLimitStatus } from "@/components/editor/words";

describe("word count", () => {
  it("counts words across blocks and marks, as the freeze does", () => {
    const document = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Claim" }] },
        { type: "paragraph", content: [{ type: "text", text: "NATO's " }, { type: "text", text: "air war", marks: [{ type: "bold" }] }] },
        { type: "paragraph" },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "well-known (Talbott, 2002)" }] }] }] },
      ],
    };
    expect(wordCountOf(document)).toBe(7);
  });

  it("is zero for an empty document", () => {
    expect(wordCountOf({ type: "doc", content: [{ type: "paragraph" }] })).toBe(0);
  });
});

describe("word limit status", () => {
  it("has none without a limit", () => expect(wordLimitStatus(5_000, null)).toBe("none"));
  it("is within below nine tenths", () => expect(wordLimitStatus(449, 500)).toBe("within"));
  it("warns in the last tenth", () => expect(wordLimitStatus(450, 500)).toBe("near"));
  it("is still near at the limit exactly", () => expect(wordLimitStatus(500, 500)).toBe("near"));
  it("is over above the limit", () => expect(wordLimitStatus(501, 500)).toBe("over"));
});
