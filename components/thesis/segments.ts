/**
 * Text cut into plain runs and marked runs, so that the page renders highlights and footnote
 * markers as elements around plain text — never by building HTML from thesis text.
 */
export type Segment<Mark> = { text: string; mark: Mark | null };

/** Search snippets: `matches` are [start, end) offsets, possibly unsorted or overlapping. */
export function highlightSegments(text: string, matches: { start: number; end: number }[]): Segment<true>[] {
  const segments: Segment<true>[] = [];
  let position = 0;
  for (const match of [...matches].sort((a, b) => a.start - b.start)) {
    const start = Math.max(position, Math.min(match.start, text.length));
    const end = Math.min(Math.max(match.end, start), text.length);
    if (end <= start) continue;
    if (start > position) segments.push({ text: text.slice(position, start), mark: null });
    segments.push({ text: text.slice(start, end), mark: true });
    position = end;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position), mark: null });
  return segments;
}

/** A paragraph's text with its footnote markers: each marker ends the run before its offset. */
export function markerSegments<Marker extends { offset: number }>(text: string, markers: Marker[]): { text: string; marker: Marker | null; index: number }[] {
  const ordered = markers.map((marker, index) => ({ marker, index })).sort((a, b) => a.marker.offset - b.marker.offset || a.index - b.index);
  const segments: { text: string; marker: Marker | null; index: number }[] = [];
  let position = 0;
  for (const { marker, index } of ordered) {
    const offset = Math.max(position, Math.min(marker.offset, text.length));
    segments.push({ text: text.slice(position, offset), marker, index });
    position = offset;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position), marker: null, index: -1 });
  return segments;
}
