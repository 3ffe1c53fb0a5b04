import { describe, expect, it } from "vitest";
import { extractMarkers, FootnoteReader, footnoteEvidence, footnoteGaps, type FootnoteDraft } from "./footnotes";
import { toSourceLines } from "./normalize-text";

const sourceLines = (text: string) => toSourceLines(text).lines;
const draft = (number: number, page: number | null = null): FootnoteDraft => ({ number, series: 1, text: "Ibid.", page, line: 1 });

function markers(text: string, bodies: FootnoteDraft[] = []) {
  const marked = extractMarkers(sourceLines(text), footnoteEvidence(bodies));
  return { lines: marked.map((line) => line.text), markers: marked.flatMap((line) => line.markers.map((marker) => marker.number)), marked };
}

describe("footnote markers", () => {
  it('takes a number stuck to a word out of the text: "expansion.12 The"', () => {
    const result = markers("the question of NATO expansion.1 The debate\nthat followed.2", [draft(1), draft(2)]);
    expect(result.lines).toEqual(["the question of NATO expansion. The debate", "that followed."]);
    expect(result.marked[0]!.markers).toEqual([{ number: 1, offset: "the question of NATO expansion.".length }]);
    expect(result.markers).toEqual([1, 2]);
  });

  it("takes a number alone on its line, and marks the next line as the rest of the sentence", () => {
    const result = markers("Washington read the objection as a bargaining position.\n1\nPartnership for Peace\nwas the answer.", [draft(1)]);
    expect(result.lines).toEqual(["Washington read the objection as a bargaining position.", "Partnership for Peace", "was the answer."]);
    expect(result.marked[0]!.markers).toEqual([{ number: 1, offset: "Washington read the objection as a bargaining position.".length }]);
    expect(result.marked[1]!.isRestOfSentence).toBe(true);
    expect(result.marked[2]!.isRestOfSentence).toBe(false);
  });

  it("leaves numbers that belong to the text: G20, SS-20, 3.5 per cent, 1990s, section numbers", () => {
    const text = "At the G20 meeting the SS-20 question returned.\nGrowth was 3.5 per cent in the 1990s.\n1.1 Early Years";
    const result = markers(text, [draft(20), draft(5), draft(1)]);
    expect(result.markers).toEqual([]);
    expect(result.lines).toEqual(text.split("\n"));
  });

  it("takes a number after a year only as the very next marker", () => {
    expect(markers("in 1996.1 Then", [draft(1)]).markers).toEqual([1]);
    expect(markers("in 1996.7 Then", [draft(7)]).markers).toEqual([]);
  });

  it("keeps the numbering in order and reports a skipped number, never supplying it", () => {
    const result = markers("First.1 Second.2 Fourth.4 Fifth.5", [draft(1), draft(2), draft(4), draft(5)]);
    expect(result.markers).toEqual([1, 2, 4, 5]);
    expect(footnoteGaps(result.markers.map((number) => ({ series: 1, number })))).toEqual([{ series: 1, after: 2, missing: [3] }]);
  });

  it("does not jump ahead to a number that no footnote body confirms", () => {
    expect(markers("First.1 A word like Article5 here.", [draft(1)]).markers).toEqual([1]);
  });

  it("follows numbering that restarts at 1 when a footnote body confirms it", () => {
    const bodies = [draft(1, 1), draft(2, 1), draft(1, 2)];
    const { lines: marked, pageCount } = toSourceLines("One.1 Two.2\n\fNew chapter.1");
    expect(pageCount).toBe(2);
    const result = extractMarkers(marked, footnoteEvidence(bodies));
    expect(result.flatMap((line) => line.markers.map((marker) => marker.number))).toEqual([1, 2, 1]);
  });

  it("reads superscript digits as markers", () => {
    expect(markers("the broken promise¹² was", []).markers).toEqual([]);
    const result = markers("the broken promise¹ was repeated²", []);
    expect(result.markers).toEqual([1, 2]);
    expect(result.lines).toEqual(["the broken promise was repeated"]);
  });
});

describe("FootnoteReader", () => {
  it("starts a footnote at the next number and continues it otherwise", () => {
    const reader = new FootnoteReader();
    reader.readZone(sourceLines("1 A. Morozova, Partners in Doubt (Boston: Harbor Press,\n2009), 45.\n2 Ibid., 51."));
    expect(reader.drafts.map((note) => [note.number, note.text])).toEqual([
      [1, "A. Morozova, Partners in Doubt (Boston: Harbor Press, 2009), 45."],
      [2, "Ibid., 51."],
    ]);
  });

  it('does not take "75. For…" after an unfinished citation for footnote 75', () => {
    const reader = new FootnoteReader();
    reader.readZone(sourceLines("74 On this point see K. Orlova, Between Reset and Rupture (New York: Meridian Books, 1995),\n75. For a more sceptical reading, see D. Halloran, Sanctions (2005), 262.\n75 S. Whitcombe, Grievances (2019), 50."));
    expect(reader.drafts.map((note) => note.number)).toEqual([74, 75]);
    expect(reader.drafts[0]!.text).toContain("1995), 75. For a more sceptical reading");
  });

  it("reads a number alone on a line with the text on the next", () => {
    const reader = new FootnoteReader();
    reader.readZone(sourceLines("3\nIbid., 52.\n4 Ibid., 53."));
    expect(reader.drafts.map((note) => [note.number, note.text])).toEqual([
      [3, "Ibid., 52."],
      [4, "Ibid., 53."],
    ]);
  });

  it("starts a new series when the numbering restarts after a finished footnote", () => {
    const reader = new FootnoteReader();
    reader.readZone(sourceLines("1 Ibid., 2.\n2 Ibid., 3.\n1 A. Author, A Book (2001), 4."));
    expect(reader.drafts.map((note) => [note.series, note.number])).toEqual([
      [1, 1],
      [1, 2],
      [2, 1],
    ]);
  });
});
