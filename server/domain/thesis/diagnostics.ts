/**
 * What the importer could not be sure of, for whoever checks an import: gaps in the footnote
 * numbering, markers and footnotes that found no partner, doubtful headings, and contents
 * entries that no heading matched.
 */
import { footnoteGaps } from "./footnotes";
import { headingKey } from "./headings";
import type { ThesisTree } from "./thesis-tree";
import type { Chapter, Footnote, Section, ThesisDiagnostics } from "./types";

function allSections(sections: readonly Section[]): Section[] {
  return sections.flatMap((section) => [section, ...allSections(section.subsections)]);
}

export function diagnose(
  tree: ThesisTree,
  footnotes: readonly Footnote[],
  found: Pick<ThesisDiagnostics, "runningHeads" | "pagesWithPrintedNumbers" | "uncertainHeadings" | "warnings">,
): ThesisDiagnostics {
  const present = [
    ...footnotes.map((footnote) => ({ series: footnote.series, number: footnote.number })),
    ...tree.markers.flatMap((marker, index) => {
      const series = marker.footnote?.series ?? tree.markers.slice(0, index).findLast((earlier) => earlier.footnote)?.footnote?.series ?? 1;
      return [{ series, number: marker.number }];
    }),
  ];
  const referenced = new Set(tree.markers.flatMap((marker) => (marker.footnote ? [marker.footnote.id] : [])));
  const headingKeys = new Set([
    ...tree.chapters.flatMap((chapter: Chapter) => [headingKey(chapter.title), headingKey(`${chapter.label ?? ""} ${chapter.title}`), ...allSections(chapter.sections).map((section) => headingKey(section.heading))]),
    ...tree.frontSections.map((front) => headingKey(front.heading ?? "")),
  ]);
  return {
    footnoteGaps: footnoteGaps(present),
    markersWithoutFootnote: tree.markers.filter((marker) => marker.footnote === null).map((marker) => marker.number),
    footnotesWithoutMarker: footnotes.filter((footnote) => !referenced.has(footnote.id)).map((footnote) => footnote.number),
    uncertainHeadings: found.uncertainHeadings,
    runningHeads: found.runningHeads,
    pagesWithPrintedNumbers: found.pagesWithPrintedNumbers,
    contentsEntriesNotFound: tree.contents.filter((entry) => !headingKeys.has(headingKey(entry.text))).map((entry) => entry.text),
    warnings: found.warnings,
  };
}
