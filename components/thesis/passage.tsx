"use client";

import { useState } from "react";
import { flushSync } from "react-dom";
import { classNames } from "@/components/ui/class-names";
import { markerSegments } from "./segments";

type Footnote = { anchor: string; number: number; text: string; page: number | null };
export type PassageData = { anchor: string; text: string; page: number | null; markers: { number: number; offset: number; footnote: Footnote | null }[] };

type PassageProps = {
  passage: PassageData;
  showPage: boolean;
  isHighlighted: boolean;
  selection: { isSelected: boolean; onToggle: () => void } | null;
};

const opening = (text: string) => (text.length > 60 ? `${text.slice(0, 57).trimEnd()}…` : text);

/**
 * One paragraph, its element id being its stable anchor. Its footnotes sit beside it on wide
 * screens and fold out under it on narrow ones; marker and note link to each other.
 */
export function Passage({ passage, showPage, isHighlighted, selection }: PassageProps) {
  const [areNotesOpen, setAreNotesOpen] = useState(false);
  const notes = passage.markers.flatMap((marker, index) => (marker.footnote ? [{ index, footnote: marker.footnote }] : []));
  // Beside the marker as nearly as CSS allows: notes whose markers all end the paragraph sit low.
  const areNotesLow = notes.length > 0 && notes.every(({ index }) => passage.markers[index]!.offset > passage.text.length / 2);
  const refId = (index: number) => `ref-${passage.anchor}-${index}`;
  const noteId = (index: number) => `note-${passage.anchor}-${index}`;

  return (
    <div
      id={passage.anchor}
      tabIndex={isHighlighted ? -1 : undefined}
      data-highlighted={isHighlighted || undefined}
      className={classNames(
        "group scroll-mt-24 rounded-md px-3 py-2 outline-none lg:grid lg:grid-cols-[minmax(0,1fr)_15rem] lg:gap-x-6",
        "target:bg-amber-50 target:ring-2 target:ring-amber-300",
        isHighlighted && "bg-amber-50 ring-2 ring-amber-300",
        selection?.isSelected && "bg-teal-50 ring-1 ring-teal-300",
      )}
    >
      <div>
        {showPage && passage.page !== null ? <p className="mb-1 text-xs font-medium tracking-wide text-stone-600 uppercase">Page {passage.page}</p> : null}
        <p className="font-serif text-lg leading-relaxed text-stone-900">
          {markerSegments(passage.text, passage.markers).map((segment, position) =>
            segment.marker ? (
              <span key={position}>
                {segment.text}
                <sup className="ml-0.5 font-sans text-xs font-semibold">
                  {segment.marker.footnote ? (
                    <a
                      id={refId(segment.index)}
                      href={`#${noteId(segment.index)}`}
                      aria-label={`Footnote ${segment.marker.number}`}
                      onClick={() => flushSync(() => setAreNotesOpen(true))}
                      className="rounded px-0.5 text-teal-900 underline underline-offset-2"
                    >
                      {segment.marker.number}
                    </a>
                  ) : (
                    <span title="The note for this marker was not found">{segment.marker.number}</span>
                  )}
                </sup>
              </span>
            ) : (
              <span key={position}>{segment.text}</span>
            ),
          )}
        </p>
        {selection ? (
          <label className="mt-1 inline-flex items-center gap-2 text-sm text-stone-700">
            <input type="checkbox" checked={selection.isSelected} onChange={selection.onToggle} className="size-4 accent-teal-800" />
            Select<span className="sr-only"> passage “{opening(passage.text)}”</span>
          </label>
        ) : null}
        {notes.length > 0 ? (
          <button
            type="button"
            aria-expanded={areNotesOpen}
            onClick={() => setAreNotesOpen((open) => !open)}
            className="mt-1 ml-3 text-sm text-teal-900 underline underline-offset-2 lg:hidden"
          >
            {areNotesOpen ? "Hide notes" : `Show ${notes.length === 1 ? "note" : `${notes.length} notes`}`}
          </button>
        ) : null}
      </div>
      {notes.length > 0 ? (
        <div role="note" aria-label="Footnotes to this passage" className={classNames("mt-2 border-l-2 border-stone-300 pl-3 text-sm text-stone-800 lg:mt-0 lg:block", areNotesLow && (selection ? "lg:mb-7 lg:self-end" : "lg:self-end"), !areNotesOpen && "hidden")}>
          <ol className="space-y-2">
            {notes.map(({ index, footnote }) => (
              <li key={index} id={noteId(index)} className="scroll-mt-24 rounded target:bg-amber-50">
                <a href={`#${refId(index)}`} aria-label={`Back to the marker of footnote ${footnote.number}`} className="mr-1 font-semibold text-teal-900 underline underline-offset-2">
                  {footnote.number}
                </a>
                {footnote.text}
                {footnote.page !== null ? <span className="ml-1 text-xs text-stone-600">(p. {footnote.page})</span> : null}
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}
