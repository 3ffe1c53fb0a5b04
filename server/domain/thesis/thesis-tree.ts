/**
 * Nests the flat outline into front matter, chapters, sections and subsections, gives every
 * paragraph its stable id, and points every footnote marker at its footnote.
 */
import { matchMarkers } from "./footnotes";
import type { OutlineEvent } from "./outline";
import { ParagraphIds } from "./paragraph-id";
import type { Chapter, ContentsEntry, Footnote, FrontMatterSection, Paragraph, Section } from "./types";

export type ThesisTree = {
  titleLines: string[];
  frontSections: FrontMatterSection[];
  contents: ContentsEntry[];
  chapters: Chapter[];
  /** Every marker in reading order, with the footnote it points to (null when it has none). */
  markers: { number: number; footnote: Footnote | null }[];
};

export function buildThesisTree(events: readonly OutlineEvent[], footnotes: readonly Footnote[]): ThesisTree {
  const tree: ThesisTree = { titleLines: [], frontSections: [], contents: [], chapters: [], markers: [] };
  const ids = new ParagraphIds();
  let front: FrontMatterSection | null = null;
  let chapter: Chapter | null = null;
  const openSections: Section[] = [];
  const paragraphs: Paragraph[] = [];

  const pathOf = (): string[] => {
    if (chapter) return [chapter.label ?? chapter.kind, chapter.title, ...openSections.map((section) => section.heading)];
    return ["front", front?.heading ?? ""];
  };

  for (const event of events) {
    switch (event.kind) {
      case "titleLine":
        tree.titleLines.push(event.text);
        break;
      case "front":
        front = { heading: event.heading, page: event.page, line: event.line, paragraphs: [] };
        tree.frontSections.push(front);
        break;
      case "contents":
        tree.contents.push(...event.entries);
        break;
      case "chapter":
        chapter = { kind: event.chapterKind, number: event.number, label: event.label, title: event.title, page: event.page, line: event.line, confidence: event.confidence, paragraphs: [], sections: [] };
        tree.chapters.push(chapter);
        openSections.length = 0;
        break;
      case "section": {
        const section: Section = { heading: event.heading, number: event.number, level: event.level, page: event.page, line: event.line, confidence: event.confidence, paragraphs: [], subsections: [] };
        if (!chapter) {
          chapter = { kind: "body", number: null, label: null, title: "", page: event.page, line: event.line, confidence: 0, paragraphs: [], sections: [] };
          tree.chapters.push(chapter);
        }
        while (openSections.length > 0 && openSections.at(-1)!.level >= section.level) openSections.pop();
        const parent = openSections.at(-1);
        (parent ? parent.subsections : chapter.sections).push(section);
        openSections.push(section);
        break;
      }
      case "paragraph": {
        const { draft } = event;
        const paragraph: Paragraph = {
          id: ids.next(pathOf(), draft.text),
          text: draft.text,
          page: draft.page,
          line: draft.line,
          footnoteMarkers: draft.markers.map((marker) => ({ number: marker.number, offset: marker.offset, footnoteId: null })),
        };
        paragraphs.push(paragraph);
        if (chapter) (openSections.at(-1)?.paragraphs ?? chapter.paragraphs).push(paragraph);
        else {
          if (!front) {
            front = { heading: null, page: draft.page, line: draft.line, paragraphs: [] };
            tree.frontSections.push(front);
          }
          front.paragraphs.push(paragraph);
        }
        break;
      }
    }
  }

  const markers = paragraphs.flatMap((paragraph) => paragraph.footnoteMarkers);
  const matched = matchMarkers(
    markers.map((marker) => marker.number),
    footnotes,
  );
  markers.forEach((marker, index) => {
    marker.footnoteId = matched[index]?.id ?? null;
    tree.markers.push({ number: marker.number, footnote: matched[index] ?? null });
  });
  return tree;
}
