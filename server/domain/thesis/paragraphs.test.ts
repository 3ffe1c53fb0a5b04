import { describe, expect, it } from "vitest";
import { parseThesis } from "./parse-thesis";
import type { ParsedThesis } from "./types";

const fill = (words: string) => `${words} ${"and the argument goes on at length ".repeat(3)}`.slice(0, 86).trim();
const paragraphsOf = (thesis: ParsedThesis) => thesis.chapters.flatMap((chapter) => [...chapter.paragraphs, ...chapter.sections.flatMap((section) => section.paragraphs)]);

function parsePages(pages: string[]): ParsedThesis {
  return parseThesis({ format: "pdf", pages });
}

describe("paragraphs", () => {
  it("runs a paragraph on across a page break, past the page number and running head", () => {
    const thesis = parsePages([
      `Chapter I\n\nOrigins\n\n${fill("The alliance debated its future")}\n${fill("while Moscow watched")}\nand the question of new\n\n1\n`,
      `Cold Peace\n\nmembers stayed open for years.\n${fill("Another paragraph begins")}\nand ends.\n\n2\n`,
      `Cold Peace\n\nThe last page.\n\n3\n`,
    ]);
    const texts = paragraphsOf(thesis).map((paragraph) => paragraph.text);
    expect(texts[0]).toMatch(/and the question of new members stayed open for years\.$/);
    expect(paragraphsOf(thesis)[0]!.page).toBe(1);
  });

  it("ignores a space before the first line of a page", () => {
    const thesis = parsePages([`Chapter I\n\nOrigins\n\n${fill("The alliance debated its future")}\nand the question of new\n\n1\n`, ` members stayed open.\n\n2\n`]);
    expect(paragraphsOf(thesis)[0]!.text).toMatch(/and the question of new members stayed open\.$/);
  });

  it("rejoins a word hyphenated across a page break", () => {
    const thesis = parsePages([`Chapter I\n\nOrigins\n\n${fill("The alliance debated its future")}\nwhile the nego-\n\n1\n`, `tiations continued.\n\n2\n`]);
    expect(paragraphsOf(thesis)[0]!.text).toMatch(/while the negotiations continued\.$/);
  });

  it("starts a paragraph at a blank line, or after a short line that ends a sentence", () => {
    const thesis = parseThesis({
      format: "text",
      text: [
        "Chapter I",
        "",
        "Origins",
        "",
        fill("First paragraph"),
        "ends here.",
        fill("Second paragraph"),
        fill("carries on"),
        "",
        fill("Third paragraph"),
        "ends.",
      ].join("\n"),
    });
    expect(paragraphsOf(thesis).map((paragraph) => paragraph.text.slice(0, 16))).toEqual(["First paragraph ", "Second paragraph", "Third paragraph "]);
  });

  it("keeps a sentence that a marker broke off in one paragraph", () => {
    const thesis = parsePages([
      `Chapter I\n\nOrigins\n\n${fill("The assurances were given orally")}\nand never written down.\n1\nYet each side\nremembered them in its own way.\n________________\n1 Ibid., 4.\n\n1\n`,
      "The end.\n\n2\n",
    ]);
    const texts = paragraphsOf(thesis).map((paragraph) => paragraph.text);
    expect(texts[0]).toMatch(/and never written down\. Yet each side remembered them in its own way\.$/);
    expect(texts[1]).toBe("The end.");
    expect(paragraphsOf(thesis)[0]!.footnoteMarkers.map((marker) => [marker.number, marker.footnoteId])).toEqual([[1, "fn-1"]]);
  });

  it("treats every line as a paragraph in text that was never wrapped", () => {
    const long = (start: string) => `${start} ${"with a sentence that keeps going well past any printed measure ".repeat(4)}end.`;
    const thesis = parseThesis({ format: "text", text: ["Chapter I", "", "Origins", "", long("One"), long("Two"), long("Three")].join("\n") });
    expect(paragraphsOf(thesis)).toHaveLength(3);
  });
});
