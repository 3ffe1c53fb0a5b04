import { describe, expect, it } from "vitest";
import { countWords, plainTextOf } from "@/server/domain/argument/plain-text";

describe("plainTextOf", () => {
  it("joins blocks with blank lines and keeps inline text together", () => {
    const document = {
      type: "doc",
      content: [
        { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Claim" }] },
        { type: "paragraph", content: [{ type: "text", text: "NATO " }, { type: "text", text: "expanded", marks: [{ type: "bold" }] }, { type: "text", text: "." }] },
        { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "One" }] }] }] },
        { type: "paragraph" },
      ],
    };
    expect(plainTextOf(document)).toBe("Claim\n\nNATO expanded.\n\nOne");
  });
});

describe("countWords", () => {
  it.each([
    ["", 0],
    ["   ", 0],
    ["Realism explains it.", 3],
    ["Russia’s post-Soviet elites—liberals too—objected.", 6],
    ["Kosovo, 1999: 78 days of air strikes", 7],
    ["Россия и НАТО", 3],
  ])("%j has %i words", (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
