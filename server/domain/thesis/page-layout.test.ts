import { describe, expect, it } from "vitest";
import { joinPages, toSourceLines } from "./normalize-text";
import { layOutPages } from "./page-layout";

function layOut(pages: string[]) {
  const { lines, pageCount } = toSourceLines(joinPages(pages));
  return layOutPages(lines, pageCount);
}
const bodyText = (layout: ReturnType<typeof layOut>, page: number) => layout.pages[page - 1]!.body.map((line) => line.text);

describe("page numbers", () => {
  it("removes numbers at the foot or the head of pages when they count up with the pages", () => {
    const layout = layOut(["Text on the first page.\n\n7\n", "8\n\nText on the second page.\n", "Text on the third page.\n\n- 9 -\n"]);
    expect(layout.pages.map((page) => page.printedNumber)).toEqual(["7", "8", "9"]);
    expect(bodyText(layout, 2)).toEqual(["Text on the second page."]);
  });

  it("keeps a bare number that does not follow the page sequence (a footnote marker, say)", () => {
    const layout = layOut(["Text.\n\n1\n", "Sentence ends here.\n42\n", "Text.\n\n3\n"]);
    expect(bodyText(layout, 2)).toEqual(["Sentence ends here.", "42"]);
  });

  it("reads a lone roman numeral on a front-matter page", () => {
    const layout = layOut(["Title\n", "Abstract\n\nThe text of the abstract.\n\nii\n"]);
    expect(layout.pages[1]!.printedNumber).toBe("ii");
    expect(bodyText(layout, 2)).toEqual(["Abstract", "", "The text of the abstract."]);
  });
});

describe("running heads", () => {
  it("removes a line repeated at the top of pages, with or without the page number beside it", () => {
    const layout = layOut([
      "Cold Peace: Washington and Moscow\n\nFirst page text.\n",
      "12      Cold Peace\n\nSecond page text.\n",
      "Cold Peace      13\n\nThird page text.\n",
    ]);
    expect(bodyText(layout, 2)).toEqual(["Second page text."]);
    expect(bodyText(layout, 3)).toEqual(["Third page text."]);
    expect(layout.pages.map((page) => page.printedNumber)).toEqual([null, "12", "13"]);
    // The title page is never stripped.
    expect(bodyText(layout, 1)[0]).toBe("Cold Peace: Washington and Moscow");
  });

  it('keeps a chapter-opening "Introduction" and removes it where it heads later pages', () => {
    const layout = layOut(["Introduction\n\nOpening text.\n", "Introduction\n\nMore text.\n", "Introduction\n\nEven more.\n"]);
    expect(bodyText(layout, 1)).toEqual(["Introduction", "", "Opening text."]);
    expect(bodyText(layout, 2)).toEqual(["More text."]);
    expect(layout.runningHeads).toEqual(["Introduction"]);
  });

  it("removes a chapter title repeated once at the top of a later page", () => {
    const layout = layOut(["Chapter I\n\nThe Question of Enlargement\n\nText.\n", "The Question of Enlargement\n\nMore text.\n"]);
    expect(bodyText(layout, 2)).toEqual(["More text."]);
    expect(bodyText(layout, 1)).toContain("The Question of Enlargement");
  });
});

describe("footnote zones", () => {
  it("reads footnotes below a rule of underscores", () => {
    const layout = layOut(["Body text with a marker.1\n________________\n1 A. Author, A Book (Boston: Press, 2001), 4.\n\n1\n", "More.\n\n2\n"]);
    expect(bodyText(layout, 1)).toEqual(["Body text with a marker.1"]);
    expect(layout.footnotes).toEqual([{ number: 1, series: 1, text: "A. Author, A Book (Boston: Press, 2001), 4.", page: 1, line: 3 }]);
  });

  it("reads footnotes below a line of spaces, and one that continues on the next page", () => {
    const layout = layOut([
      "Text.1 More text.2\n\n                    \n1 Ibid., 52.\n2 The memoranda are summarised in a later study; its author stresses that the minutes\n\n1\n",
      "Text on the next page.3\n________________\nwere written after the fact.\n3 Ibid., 60.\n\n2\n",
    ]);
    expect(layout.footnotes.map((footnote) => [footnote.number, footnote.text, footnote.page])).toEqual([
      [1, "Ibid., 52.", 1],
      [2, "The memoranda are summarised in a later study; its author stresses that the minutes were written after the fact.", 1],
      [3, "Ibid., 60.", 2],
    ]);
    expect(bodyText(layout, 2)).toEqual(["Text on the next page.3"]);
  });

  it("finds footnotes without a rule when the block opens with the next number and the text has its marker", () => {
    const layout = layOut(["A claim that needs a source.1 And more.\n\n1 H. Brandt, The Unwritten Bargain (Boston: Harbor Press, 2008), 41.\n\n1\n", "Next.\n\n2\n"]);
    expect(layout.footnotes.map((footnote) => footnote.number)).toEqual([1]);
    expect(bodyText(layout, 1)).toEqual(["A claim that needs a source.1 And more."]);
  });

  it("takes a line of spaces followed by ordinary text for a blank line, not a footnote rule", () => {
    const layout = layOut(["First paragraph.\n     \nSecond paragraph.\n\n1\n", "Text.\n\n2\n"]);
    expect(layout.footnotes).toEqual([]);
    expect(bodyText(layout, 1)).toEqual(["First paragraph.", "     ", "Second paragraph."]);
  });

  it("does not take a citation's page number at the start of a line for a new footnote", () => {
    const layout = layOut(["Text.1\n________________\n1 L. Achterberg, “Alliance Politics,” Journal of Post-Soviet Affairs 28, no.\n2 (2019): 188–217.\n\n1\n", "x\n\n2\n"]);
    expect(layout.footnotes.map((footnote) => [footnote.number, footnote.text])).toEqual([[1, "L. Achterberg, “Alliance Politics,” Journal of Post-Soviet Affairs 28, no. 2 (2019): 188–217."]]);
  });
});
