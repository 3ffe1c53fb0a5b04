import { describe, expect, it } from "vitest";
import { chapterLabel, numberedHeading, romanToNumber } from "./headings";
import { parseThesis } from "./parse-thesis";
import type { ParsedThesis, Section } from "./types";

const body = (length: number, seed: string) =>
  Array.from({ length }, (_, index) => `${seed} line ${index + 1} of running text about Washington and Moscow, which keeps going until the measure is full.`.slice(0, 88));

/** A thesis in one text without pages: a chapter and whatever lines follow. */
function parseText(text: string): ParsedThesis {
  return parseThesis({ format: "text", text });
}

const headingsOf = (thesis: ParsedThesis) => {
  const walk = (sections: readonly Section[]): string[] => sections.flatMap((section) => [`${section.level} ${section.heading}`, ...walk(section.subsections)]);
  return thesis.chapters.flatMap((chapter) => walk(chapter.sections));
};

const paragraph = (text: string) => `${text}\n${body(3, "Further").join("\n")}\nand so the paragraph ends here.`;

describe("heading patterns", () => {
  it("reads chapter labels in roman, arabic and words", () => {
    expect(chapterLabel("Chapter III")).toEqual({ number: 3, label: "Chapter III", rest: "" });
    expect(chapterLabel("CHAPTER 4: The Reset")).toEqual({ number: 4, label: "Chapter 4", rest: "The Reset" });
    expect(chapterLabel("Chapter Two — Partnership")).toEqual({ number: 2, label: "Chapter Two", rest: "Partnership" });
    expect(chapterLabel("Chapters of the story")).toBeNull();
    expect(romanToNumber("XIV")).toBe(14);
    expect(romanToNumber("IIII")).toBeNull();
  });

  it("reads numbered headings but not years or dates", () => {
    expect(numberedHeading("3.2 The Founding Act")).toEqual({ number: "3.2", depth: 2, title: "The Founding Act" });
    expect(numberedHeading("2. Sources")).toEqual({ number: "2", depth: 1, title: "Sources" });
    expect(numberedHeading("1991 was a watershed")).toBeNull();
    expect(numberedHeading("12 October saw the crisis")).toBeNull();
  });
});

describe("chapters", () => {
  it('finds a chapter label on a line apart from its title ("Chapter III" / title)', () => {
    const thesis = parseText(`Chapter III\n\nNATO Enlargement and the Limits of Cooperation\n\n${paragraph("The enlargement debate began in earnest in 1993.")}\n`);
    expect(thesis.chapters.map((chapter) => [chapter.number, chapter.label, chapter.title])).toEqual([[3, "Chapter III", "NATO Enlargement and the Limits of Cooperation"]]);
  });

  it("joins a chapter title broken over two lines, even after a comma", () => {
    const thesis = parseText(`Chapter I\n\nTheoretical Framework: Realism,\nInstitutions and the Politics of Status\n\n${paragraph("Realists expected rivalry to return.")}\n`);
    expect(thesis.chapters[0]!.title).toBe("Theoretical Framework: Realism, Institutions and the Politics of Status");
  });

  it("ignores a chapter label met again (a running head left in) and a label inside a sentence", () => {
    const text = [
      "Chapter I",
      "",
      "Origins",
      "",
      ...body(3, "Opening"),
      "as Chapter II will show.",
      "",
      "Chapter I",
      "",
      ...body(3, "Later"),
      "Chapter II examines how Moscow answered the expansion of the alliance in the later nineties",
      "and what followed from it.",
      "",
      "Chapter II",
      "",
      "Answers",
      "",
      ...body(2, "Answer"),
      "and the chapter closes.",
    ].join("\n");
    expect(parseText(text).chapters.map((chapter) => `${chapter.label} ${chapter.title}`)).toEqual(["Chapter I Origins", "Chapter II Answers"]);
  });

  it("does not take the table of contents for the chapters it lists", () => {
    const text = [
      "Table of Contents",
      "",
      "Introduction ........................ 1",
      "Chapter I Origins ................... 5",
      "   1.1 Early Assurances ............. 6",
      "Conclusion .......................... 40",
      "",
      "Introduction",
      "",
      paragraph("The introduction sets out the question."),
      "",
      "Chapter I",
      "",
      "Origins",
      "",
      "1.1 Early Assurances",
      "",
      paragraph("Assurances were given orally."),
    ].join("\n");
    const thesis = parseText(text);
    expect(thesis.chapters.map((chapter) => [chapter.kind, chapter.title])).toEqual([
      ["introduction", "Introduction"],
      ["chapter", "Origins"],
    ]);
    expect(thesis.frontMatter.contents.map((entry) => [entry.text, entry.pageLabel, entry.level])).toEqual([
      ["Introduction", "1", 0],
      ["Chapter I Origins", "5", 0],
      ["1.1 Early Assurances", "6", 1],
      ["Conclusion", "40", 0],
    ]);
    expect(thesis.diagnostics.contentsEntriesNotFound).toEqual(["Conclusion"]);
  });

  it("takes an unnumbered Conclusion inside a chapter for a section, and the last one for a chapter", () => {
    const text = [
      "Chapter I",
      "",
      "Origins",
      "",
      paragraph("Origins text."),
      "",
      "Conclusion",
      "",
      paragraph("The chapter's conclusion."),
      "",
      "Chapter II",
      "",
      "Answers",
      "",
      paragraph("Answers text."),
      "",
      "Conclusion",
      "",
      paragraph("The thesis concludes."),
    ].join("\n");
    const thesis = parseText(text);
    expect(thesis.chapters.map((chapter) => [chapter.kind, chapter.title])).toEqual([
      ["chapter", "Origins"],
      ["chapter", "Answers"],
      ["conclusion", "Conclusion"],
    ]);
    expect(headingsOf(thesis)).toEqual(["1 Conclusion"]);
  });
});

describe("section headings", () => {
  const chapterStart = ["Chapter III", "", "Enlargement", "", ...body(3, "Opening"), "and the opening paragraph ends."];

  it("finds headings with no typographic signal, set apart only by their shape and place", () => {
    const text = [...chapterStart, "", "The Founding Act and the Permanent Joint Council", ...body(3, "Council"), "and the council met rarely.", "Chechnya and the Limits of Criticism", ...body(2, "Chechnya"), "and criticism stayed muted."].join("\n");
    expect(headingsOf(parseText(text))).toEqual(["1 The Founding Act and the Permanent Joint Council", "1 Chechnya and the Limits of Criticism"]);
  });

  it("joins a heading broken across two lines", () => {
    const text = [...chapterStart, "", "Security Dilemmas and Mutual Suspicion in the", "Post-Soviet Space", "", ...body(2, "Dilemma"), "and so on."].join("\n");
    expect(headingsOf(parseText(text))).toEqual(["1 Security Dilemmas and Mutual Suspicion in the Post-Soviet Space"]);
  });

  it("gives numbered headings their level from the numbering", () => {
    const text = [...chapterStart, "", "3.1 The Origins of the Debate", "", ...body(2, "Origins"), "and so on.", "", "3.1.1 Competing Views inside the Administration", "", ...body(2, "Views"), "and so on."].join("\n");
    const thesis = parseText(text);
    expect(headingsOf(thesis)).toEqual(["1 The Origins of the Debate", "2 Competing Views inside the Administration"]);
    expect(thesis.chapters[0]!.sections[0]!.subsections[0]!.number).toBe("3.1.1");
  });

  it("does not take a title-case fragment after a footnote marker for a heading", () => {
    const text = [
      ...chapterStart,
      "",
      "Moscow accepted the offer in principle in the spring of 1994, after long delays.",
      "4",
      "Partnership for Peace",
      "was designed to postpone rather than settle the question of membership in the alliance.",
      "________________",
      "4 Ibid., 12.",
    ].join("\n");
    const thesis = parseThesis({ format: "text", text: `${text}\n\f${body(2, "Next").join("\n")}\n` });
    expect(headingsOf(thesis)).toEqual([]);
    const texts = thesis.chapters[0]!.paragraphs.map((item) => item.text);
    expect(texts.some((item) => item.includes("after long delays. Partnership for Peace was designed to postpone"))).toBe(true);
  });

  it("does not take a line that goes on in lower case, or a short line ending a sentence, for a heading", () => {
    const text = [...chapterStart, "", "The Kremlin and the Duma", "were rarely of one mind about the alliance and its intentions in the east.", "", "Short last line."].join("\n");
    expect(headingsOf(parseText(text))).toEqual([]);
  });

  it("reports headings it was unsure of", () => {
    const text = [...chapterStart, "", "A lower-case sort of heading line", ...body(2, "Next"), "and so on."].join("\n");
    const thesis = parseText(text);
    expect(thesis.diagnostics.uncertainHeadings.map((heading) => [heading.text, heading.isAccepted])).toEqual([["A lower-case sort of heading line", false]]);
  });
});
