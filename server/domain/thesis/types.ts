/**
 * The structure the importer finds in a thesis. Positions: `page` is the 1-based page of the file
 * (what a PDF viewer shows; null for text without page breaks) and `line` the 1-based line of the
 * normalised text, where pages are joined with a form feed as pdftotext joins them — so a line
 * number can be checked with `sed -n` against the text that `thesis:import --text` prints.
 */

export type ThesisFormat = "pdf" | "text" | "markdown";

export type SourcePosition = { page: number | null; line: number };

/** Where a footnote marker stood: `offset` is its index in the paragraph text it was taken out of. */
export type FootnoteMarker = { number: number; offset: number; footnoteId: string | null };

export type Paragraph = SourcePosition & {
  /** Stable across re-imports of the same file: a hash of where it sits and what it says. */
  id: string;
  text: string;
  footnoteMarkers: FootnoteMarker[];
};

export type Section = SourcePosition & {
  heading: string;
  /** The printed number ("3.2"), when the heading has one. */
  number: string | null;
  /** 1 for a section, 2 for a subsection, and so on. */
  level: number;
  /** How sure the importer is that this line is a heading, from 0 to 1. */
  confidence: number;
  paragraphs: Paragraph[];
  subsections: Section[];
};

export type ChapterKind = "chapter" | "introduction" | "conclusion" | "appendix" | "bibliography" | "notes" | "body";

export type Chapter = SourcePosition & {
  kind: ChapterKind;
  /** The chapter's number (3 for "Chapter III"); null for an introduction, conclusion and the like. */
  number: number | null;
  /** The label as printed ("Chapter III"), when there is one. */
  label: string | null;
  title: string;
  confidence: number;
  /** Paragraphs before the first section heading. */
  paragraphs: Paragraph[];
  sections: Section[];
};

export type Footnote = SourcePosition & {
  /** `fn-12`, or `fn-2-12` when numbering starts again (series 2). */
  id: string;
  number: number;
  /** 1, or more when the numbering restarts (per chapter, say). */
  series: number;
  text: string;
};

export type ContentsEntry = { text: string; pageLabel: string; level: number | null };

/** `heading` is null for front matter that has none (a copyright page, say). */
export type FrontMatterSection = SourcePosition & { heading: string | null; paragraphs: Paragraph[] };

export type FrontMatter = {
  /** The lines of the title page, as printed. */
  titlePage: string[];
  /** Abstract, acknowledgements, preface… in the order they appear. */
  sections: FrontMatterSection[];
  /** The table of contents as printed, when the thesis has one. */
  contents: ContentsEntry[];
};

export type FootnoteGap = { series: number; after: number; missing: number[] };

export type HeadingDiagnostic = SourcePosition & { text: string; confidence: number; isAccepted: boolean; reason: string };

export type ThesisDiagnostics = {
  /** Numbers missing from the footnote numbering: reported, never filled in. */
  footnoteGaps: FootnoteGap[];
  markersWithoutFootnote: number[];
  footnotesWithoutMarker: number[];
  /** Accepted headings the importer was unsure of, and likely-looking lines it turned down. */
  uncertainHeadings: HeadingDiagnostic[];
  /** Lines removed as running heads (once each). */
  runningHeads: string[];
  /** How many pages carried a printed page number that was removed. */
  pagesWithPrintedNumbers: number;
  /** Contents entries that no heading in the text matched. */
  contentsEntriesNotFound: string[];
  warnings: string[];
};

export type ParsedThesis = {
  format: ThesisFormat;
  title: string | null;
  author: string | null;
  abstract: string | null;
  frontMatter: FrontMatter;
  chapters: Chapter[];
  footnotes: Footnote[];
  /** One entry per page of the input: its printed page number, where one was found. */
  pages: { page: number; printedNumber: string | null }[];
  diagnostics: ThesisDiagnostics;
};

/** A line of the input on its way through the importer. */
export type SourceLine = SourcePosition & {
  text: string;
  /** A line of only spaces, or of underscores: what separates footnotes from the text on a page. */
  isRule: boolean;
  /**
   * Set on the rest of a printed line that extraction broke off after a raised marker or ordinal
   * suffix: the length of the whole printed line, since the fragment alone looks short.
   */
  printedLength?: number;
};
