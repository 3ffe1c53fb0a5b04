/**
 * Reads the body lines in order and says what each stretch is: the title page, a front-matter
 * heading, the contents, a chapter, a section heading or a paragraph. The result is a flat list of
 * events; thesis-tree.ts nests them.
 */
import { contentsKeys, readContents } from "./contents";
import type { MarkedLine } from "./footnotes";
import {
  chapterLabel,
  divisionHeading,
  endsSentence,
  endsWithMinorWord,
  frontMatterHeading,
  headingKey,
  headingShape,
  isContentsHeading,
  isParagraphStart,
  numberedHeading,
  romanToNumber,
  startsWithMinorWord,
  type HeadingShape,
} from "./headings";
import { isBlank } from "./normalize-text";
import { isShortLine, ParagraphBuilder, startsNewParagraph, type ParagraphDraft, type TextMeasure } from "./paragraphs";
import type { ChapterKind, ContentsEntry, HeadingDiagnostic, SourcePosition } from "./types";

export type OutlineEvent =
  | ({ kind: "front"; heading: string } & SourcePosition)
  | { kind: "contents"; entries: ContentsEntry[] }
  | ({ kind: "chapter"; chapterKind: ChapterKind; number: number | null; label: string | null; title: string; confidence: number } & SourcePosition)
  | ({ kind: "section"; heading: string; number: string | null; level: number; confidence: number } & SourcePosition)
  | { kind: "paragraph"; draft: ParagraphDraft }
  | { kind: "titleLine"; text: string };

export type OutlineReading = { events: OutlineEvent[]; headingDiagnostics: HeadingDiagnostic[] };

const acceptAt = 0.5;
const reportBelow = 0.7;
const considerFrom = 0.3;

type Stage = "title" | "front" | "body";
type Heading = { event: OutlineEvent; next: number; last: MarkedLine };

/** The outline of a body of text, given its lines with markers already taken out. */
export function readOutline(lines: readonly MarkedLine[], options: { hasPages: boolean; measure: TextMeasure }): OutlineReading {
  return new OutlineReader(lines, options).read();
}

class OutlineReader {
  private readonly events: OutlineEvent[] = [];
  private readonly diagnostics: HeadingDiagnostic[] = [];
  private readonly paragraph = new ParagraphBuilder();
  private stage: Stage = "title";
  private chapterNumber = 0;
  private chapterKind: ChapterKind | null = null;
  private hasIntroduction = false;
  private previous: MarkedLine | null = null;
  private isPreviousHeading = false;
  private isBlankBefore = true;
  private readonly contents: { start: number; end: number; entries: ContentsEntry[] } | null;
  private readonly contentsKeys: Set<string>;
  private readonly firstLabel: number;
  private readonly lastLabel: number;
  private readonly hasChapters: boolean;

  constructor(
    private readonly lines: readonly MarkedLine[],
    private readonly options: { hasPages: boolean; measure: TextMeasure },
  ) {
    this.contents = this.findContents();
    this.contentsKeys = contentsKeys(this.contents?.entries ?? []);
    const labels = lines.flatMap((line, index) => (this.isOutsideContents(index) && this.isLabelLine(line) ? [index] : []));
    this.firstLabel = labels[0] ?? Infinity;
    this.lastLabel = labels.at(-1) ?? -1;
    const hasIntroduction = lines.some((line, index) => this.isOutsideContents(index) && divisionHeading(line.text)?.kind === "introduction");
    this.hasChapters = labels.length > 0 || hasIntroduction;
  }

  read(): OutlineReading {
    let index = 0;
    while (index < this.lines.length) {
      const line = this.lines[index]!;
      if (isBlank(line)) {
        // Blank lines on the title page separate the title from what follows it.
        if (this.stage === "title" && this.events.at(-1)?.kind === "titleLine") this.events.push({ kind: "titleLine", text: "" });
        this.isBlankBefore = true;
        index++;
        continue;
      }
      if (this.contents && index === this.contents.start) {
        this.flushParagraph();
        this.stage = "front";
        this.events.push({ kind: "front", heading: line.text.trim(), page: line.page, line: line.line }, { kind: "contents", entries: this.contents.entries });
        this.afterHeading(this.lines[Math.max(index, this.contents.end - 1)]!);
        index = this.contents.end;
        continue;
      }
      const heading = this.headingAt(index);
      if (heading) {
        this.flushParagraph();
        this.events.push(heading.event);
        this.afterHeading(heading.last);
        index = heading.next;
        continue;
      }
      this.addBodyLine(line);
      index++;
    }
    this.flushParagraph();
    return { events: this.events, headingDiagnostics: this.diagnostics };
  }

  private findContents(): { start: number; end: number; entries: ContentsEntry[] } | null {
    const start = this.lines.findIndex((line) => isContentsHeading(line.text));
    if (start < 0) return null;
    const { entries, end } = readContents(this.lines, start + 1);
    return entries.length === 0 ? null : { start, end, entries };
  }

  private isOutsideContents(index: number): boolean {
    return !this.contents || index < this.contents.start || index >= this.contents.end;
  }

  private isLabelLine(line: MarkedLine): boolean {
    const label = chapterLabel(line.text);
    return label !== null && (label.rest === "" || headingShape(label.rest).isPossible) && isShortLine(line.text, this.options.measure, 0.95);
  }

  private afterHeading(last: MarkedLine): void {
    this.previous = last;
    this.isPreviousHeading = true;
    this.isBlankBefore = false;
  }

  private flushParagraph(): void {
    const draft = this.paragraph.flush();
    if (draft) this.events.push({ kind: "paragraph", draft });
  }

  private addBodyLine(line: MarkedLine): void {
    const isNewPage = this.previous !== null && this.previous.page !== line.page;
    if (this.stage === "title") {
      // The title page is the first page, or in text without pages, the short lines at the top.
      const isTitleLine = this.options.hasPages ? !isNewPage : isShortLine(line.text, this.options.measure, 0.8);
      if (isTitleLine) {
        this.events.push({ kind: "titleLine", text: line.text.trim() });
        this.previous = line;
        this.isPreviousHeading = false;
        this.isBlankBefore = false;
        return;
      }
      this.stage = "front";
    }
    // After a heading the builder is empty (the heading flushed it), so a paragraph starts there
    // even when its first line begins in lower case.
    const last = this.paragraph.last;
    if (last && startsNewParagraph(last, line, { isBlankBetween: this.isBlankBefore, measure: this.options.measure })) this.flushParagraph();
    this.paragraph.add(line);
    this.previous = line;
    this.isPreviousHeading = false;
    this.isBlankBefore = false;
  }

  private nextContent(from: number): { index: number; isBlankBefore: boolean } | null {
    let isBlankBefore = false;
    for (let index = from; index < this.lines.length; index++) {
      if (isBlank(this.lines[index]!)) isBlankBefore = true;
      else return { index, isBlankBefore };
    }
    return null;
  }

  /** The heading that starts at `index`, or null if the line is body text. */
  private headingAt(index: number): Heading | null {
    const line = this.lines[index]!;
    const text = line.text.trim();
    const previous = this.previous;
    const isPageStart = previous === null || previous.page !== line.page;
    const isBoundary = this.isBlankBefore || this.isPreviousHeading || previous === null || endsSentence(previous.text) || (this.stage !== "body" && isPageStart);
    if (!isBoundary || line.isRestOfSentence || !isShortLine(text, this.options.measure, 0.95)) return null;

    const chapter = this.chapterAt(index, isPageStart);
    if (chapter) return chapter;
    if (this.stage !== "body") {
      const front = this.frontHeadingAt(index);
      if (front) return front;
      if (this.hasChapters || this.stage === "title") return null;
    }
    return this.sectionAt(index, isPageStart);
  }

  private chapterAt(index: number, isPageStart: boolean): Heading | null {
    const line = this.lines[index]!;
    const text = line.text.trim();
    const label = chapterLabel(text);
    if (label && this.isLabelLine(line)) {
      if (label.number <= this.chapterNumber) return null;
      const title = label.rest !== "" ? this.titleLines(index, label.rest) : this.titleAfter(index + 1);
      if (label.rest === "" && title === null) return null;
      const titleText = title?.text ?? label.rest;
      const next = title?.next ?? index + 1;
      const nextContent = this.nextContent(next);
      if (nextContent && !nextContent.isBlankBefore && !isParagraphStart(this.lines[nextContent.index]!.text)) return null;
      this.enterChapter("chapter", label.number);
      const confidence = this.contentsKeys.has(headingKey(titleText)) || this.contentsKeys.has(headingKey(text)) ? 1 : 0.9;
      return {
        event: { kind: "chapter", chapterKind: "chapter", number: label.number, label: label.label, title: titleText, confidence, page: line.page, line: line.line },
        next,
        last: this.lines[next - 1]!,
      };
    }
    const division = divisionHeading(text);
    if (!division || !isShortLine(text, this.options.measure, 0.8)) return null;
    const isTopOfPage = !this.options.hasPages || isPageStart;
    const isChapterLevel =
      division.kind === "introduction"
        ? !this.hasIntroduction && index < this.firstLabel && isTopOfPage
        : division.kind === "conclusion"
          ? this.chapterKind !== null && index > this.lastLabel && isTopOfPage
          : isTopOfPage || this.chapterKind !== null;
    if (!isChapterLevel) return null;
    const nextContent = this.nextContent(index + 1);
    if (nextContent && !nextContent.isBlankBefore && !isParagraphStart(this.lines[nextContent.index]!.text)) return null;
    if (division.kind === "introduction") this.hasIntroduction = true;
    this.enterChapter(division.kind, null);
    return {
      event: { kind: "chapter", chapterKind: division.kind, number: null, label: null, title: division.title, confidence: 0.9, page: line.page, line: line.line },
      next: index + 1,
      last: line,
    };
  }

  private enterChapter(kind: ChapterKind, number: number | null): void {
    this.stage = "body";
    this.chapterKind = kind;
    if (number !== null) this.chapterNumber = number;
  }

  /** The chapter title after a label on a line of its own: one or two lines, blank lines allowed between. */
  private titleAfter(from: number): { text: string; next: number } | null {
    const start = this.nextContent(from);
    if (!start || start.index - from > 3) return null;
    const first = this.lines[start.index]!;
    const text = first.text.trim();
    if (first.page !== this.lines[from - 1]!.page || !isShortLine(text, this.options.measure, 0.95)) return null;
    // A title broken after a comma or colon ends its first line with it.
    const isBroken = /[,:]$/.test(text);
    if (!headingShape(isBroken ? text.slice(0, -1) : text).isPossible) return null;
    if (isBroken && !this.continuesHeading(start.index, text)) return null;
    return this.titleLines(start.index, text);
  }

  /** A title that starts on line `index` (with `text`) and may run on to the next line. */
  private titleLines(index: number, text: string): { text: string; next: number } {
    if (this.continuesHeading(index, text)) return { text: `${text} ${this.lines[index + 1]!.text.trim()}`, next: index + 2 };
    return { text, next: index + 1 };
  }

  /**
   * Whether the line after `index` carries on a heading whose first line reads `first`: a short
   * heading-like line on the same page, not a heading of its own, followed by a paragraph's start.
   */
  private continuesHeading(index: number, first: string): boolean {
    const line = this.lines[index]!;
    const second = this.lines[index + 1];
    if (!second || isBlank(second) || second.page !== line.page || second.isRestOfSentence || endsSentence(first)) return false;
    const secondText = second.text.trim();
    if (numberedHeading(secondText) || chapterLabel(secondText) || divisionHeading(secondText)) return false;
    if (!isShortLine(secondText, this.options.measure, 0.8)) return false;
    // A heading's second line may start in lower case ("… Critics" / "inside the Administration").
    const isContinuation = endsWithMinorWord(first) || /^\p{Ll}/u.test(secondText) || startsWithMinorWord(secondText) || /[,:]$/.test(first);
    const shape = headingShape(secondText, { isContinuation });
    if (!shape.isPossible || first.split(/\s+/).length + shape.words > 20) return false;
    const after = this.nextContent(index + 2);
    if (after && !after.isBlankBefore && !isParagraphStart(this.lines[after.index]!.text)) return false;
    return isContinuation || shape.titleCase >= 0.75;
  }

  private frontHeadingAt(index: number): Heading | null {
    const line = this.lines[index]!;
    const heading = frontMatterHeading(line.text);
    if (!heading) return null;
    const nextContent = this.nextContent(index + 1);
    if (nextContent && !nextContent.isBlankBefore && !isParagraphStart(this.lines[nextContent.index]!.text)) return null;
    this.stage = "front";
    return { event: { kind: "front", heading, page: line.page, line: line.line }, next: index + 1, last: line };
  }

  private sectionAt(index: number, isPageStart: boolean): Heading | null {
    const line = this.lines[index]!;
    const text = line.text.trim();
    const isTwoLine = this.continuesHeading(index, text);
    const last = this.lines[index + (isTwoLine ? 1 : 0)]!;
    const joined = isTwoLine ? `${text} ${last.text.trim()}` : text;
    const numbered = numberedHeading(joined);
    const next = index + (isTwoLine ? 2 : 1);
    const shape = headingShape(numbered ? numbered.title : joined);
    if (!shape.isPossible) return null;
    const after = this.nextContent(next);
    if (after && !isParagraphStart(this.lines[after.index]!.text)) return null;
    const isBlankAfter = after === null || after.isBlankBefore;
    if (!isBlankAfter && !isShortLine(last.text, this.options.measure, 0.8)) return null;

    const confidence = this.score(joined, shape, {
      numbered,
      isBlankAfter,
      isPageStart,
      isShort: isShortLine(text, this.options.measure, 0.6),
    });
    const position = { page: line.page, line: line.line };
    const heading = numbered ? numbered.title : joined;
    if (confidence < acceptAt) {
      if (confidence >= considerFrom) this.diagnostics.push({ text: joined, confidence, isAccepted: false, reason: "looks like a heading, but not enough", ...position });
      return null;
    }
    if (confidence < reportBelow) this.diagnostics.push({ text: joined, confidence, isAccepted: true, reason: "accepted with low confidence", ...position });
    if (!this.hasChapters && this.stage !== "body") {
      this.events.push({ kind: "chapter", chapterKind: "body", number: null, label: null, title: "", confidence: 0, ...position });
      this.enterChapter("body", null);
    }
    return {
      event: { kind: "section", heading, number: numbered?.number ?? null, level: numbered ? this.levelOf(numbered.number) : 1, confidence, ...position },
      next,
      last,
    };
  }

  /** "3.2" is a section (level 1) and "3.2.1" a subsection: the first number is the chapter's; "2." alone is a section. */
  private levelOf(number: string): number {
    const parts = number.split(".").length;
    return parts === 1 ? 1 : parts - 1;
  }

  private score(
    text: string,
    shape: HeadingShape,
    context: { numbered: ReturnType<typeof numberedHeading>; isBlankAfter: boolean; isPageStart: boolean; isShort: boolean },
  ): number {
    const isInContents = this.contentsKeys.has(headingKey(text));
    let score: number;
    if (context.numbered) {
      const first = context.numbered.number.split(".")[0]!;
      const isChapterMatch = this.chapterNumber > 0 && (Number(first) === this.chapterNumber || romanToNumber(first) === this.chapterNumber);
      score = context.numbered.depth === 1 ? 0.35 : 0.55;
      if (isChapterMatch && context.numbered.depth > 1) score += 0.2;
      if (shape.titleCase >= 0.5) score += 0.1;
    } else {
      score = 0.1 + (shape.titleCase >= 0.75 ? 0.35 : shape.titleCase >= 0.5 ? 0.15 : 0);
    }
    if (this.isBlankBefore || this.isPreviousHeading || context.isPageStart) score += 0.15;
    if (context.isBlankAfter) score += 0.15;
    if (context.isShort) score += 0.1;
    if (isInContents) score += 0.4;
    if (text.endsWith("?")) score -= 0.05;
    if (shape.words === 1 && !isInContents) score -= 0.1;
    // Bibliographies are full of short capitalised lines; only a heading set apart counts there.
    if (this.chapterKind === "bibliography" && !(this.isBlankBefore || this.isPreviousHeading) && !isInContents) score -= 0.3;
    return Math.max(0, Math.min(1, Math.round(score * 100) / 100));
  }
}
