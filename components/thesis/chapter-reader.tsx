"use client";

import { usePathname, useRouter } from "next/navigation";
import { createElement, useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";
import type { RouterOutputs } from "@/components/trpc/types";
import { Passage, type PassageData } from "./passage";
import { libraryPaths } from "./paths";
import { chapterName } from "./table-of-contents";

type ChapterData = RouterOutputs["thesis"]["chapter"];

type ChapterReaderProps = {
  courseId: string;
  data: ChapterData;
  /** The passage a link asked for (?p=…), highlighted and scrolled to. */
  highlight: string | null;
  canDerive: boolean;
};

const maxSelection = 20;

function useHighlight(requested: string | null) {
  const router = useRouter();
  const pathname = usePathname();
  const [fromHash, setFromHash] = useState<string | null>(null);

  useEffect(() => {
    const readHash = () => {
      const hash = decodeURIComponent(window.location.hash.slice(1));
      // Next's own scroll to a hash can run before a streamed chapter is in place.
      if (hash.startsWith("section-")) document.getElementById(hash)?.scrollIntoView();
      if (!/^p-[a-z0-9-]+$/.test(hash)) return setFromHash(null);
      // A link that names only the passage: the server finds its chapter from ?p=.
      if (!document.getElementById(hash)) {
        // Asked once: a passage gone after a re-import opens the thesis at its start instead.
        if (new URLSearchParams(window.location.search).get("p") !== hash) router.replace(`${pathname}?p=${encodeURIComponent(hash)}#${hash}`);
        return setFromHash(null);
      }
      setFromHash(hash);
    };
    readHash();
    window.addEventListener("hashchange", readHash);
    return () => window.removeEventListener("hashchange", readHash);
  }, [router, pathname]);

  const highlighted = fromHash ?? requested;
  useEffect(() => {
    if (!highlighted) return;
    const element = document.getElementById(highlighted);
    if (!element) return;
    element.scrollIntoView({ block: "center" });
    element.focus({ preventScroll: true });
  }, [highlighted]);
  return highlighted;
}

/** The passages, in reading order, where a new page of the original begins. */
function pagesBegun(passages: PassageData[]) {
  const starts = new Set<string>();
  passages.reduce<number | null>((page, passage) => {
    if (passage.page === null) return page;
    if (passage.page !== page) starts.add(passage.anchor);
    return passage.page;
  }, null);
  return starts;
}

/** A chapter's text, with footnotes beside their markers and, for instructors, passage selection. */
export function ChapterReader({ courseId, data, highlight, canDerive }: ChapterReaderProps) {
  const highlighted = useHighlight(highlight);
  const [selected, setSelected] = useState<string[]>([]);
  const chapter = data.chapter;
  if (!chapter) return <p className="text-stone-700">This thesis has no text to read yet.</p>;

  const toggle = (anchor: string) => setSelected((current) => (current.includes(anchor) ? current.filter((item) => item !== anchor) : current.length >= maxSelection ? current : [...current, anchor]));
  const pageStarts = pagesBegun([...data.paragraphs, ...data.sections.flatMap((section) => section.paragraphs)]);
  const renderPassages = (passages: PassageData[]) =>
    passages.map((passage) => {
      return (
        <Passage
          key={passage.anchor}
          passage={passage}
          showPage={pageStarts.has(passage.anchor)}
          isHighlighted={passage.anchor === highlighted}
          selection={canDerive ? { isSelected: selected.includes(passage.anchor), onToggle: () => toggle(passage.anchor) } : null}
        />
      );
    });

  return (
    <div className="min-w-0">
      <article aria-labelledby="chapter-title" className="space-y-6">
        <header>
          <h2 id="chapter-title" className="font-serif text-2xl font-semibold text-stone-950">
            {chapterName(chapter)}
          </h2>
          {chapter.page !== null ? <p className="text-sm text-stone-600">Begins on page {chapter.page}</p> : null}
        </header>
        {data.paragraphs.length > 0 ? <div className="space-y-2">{renderPassages(data.paragraphs)}</div> : null}
        {data.sections.map((section) => (
          <section key={section.id} aria-labelledby={`section-${section.id}`} className="space-y-2">
            {createElement(
              `h${Math.min(6, 2 + section.level)}`,
              { id: `section-${section.id}`, className: "scroll-mt-24 px-3 pt-4 font-serif text-xl font-semibold text-stone-950" },
              `${section.number ? `${section.number} ` : ""}${section.heading}`,
            )}
            {renderPassages(section.paragraphs)}
          </section>
        ))}
        <nav aria-label="Chapters" className="flex flex-wrap justify-between gap-3 border-t border-stone-200 pt-4 text-sm">
          {data.previous ? (
            <ButtonLink href={libraryPaths.reader(courseId, data.thesis.id, { chapterId: data.previous.id })} variant="quiet" size="sm">
              ← {chapterName(data.previous)}
            </ButtonLink>
          ) : (
            <span />
          )}
          {data.next ? (
            <ButtonLink href={libraryPaths.reader(courseId, data.thesis.id, { chapterId: data.next.id })} variant="quiet" size="sm">
              {chapterName(data.next)} →
            </ButtonLink>
          ) : null}
        </nav>
      </article>
      {canDerive && selected.length > 0 ? (
        <div role="region" aria-label="Selected passages" className="sticky bottom-4 z-10 mt-6 flex flex-wrap items-center gap-2 rounded-lg border border-teal-300 bg-white p-3 shadow-lg">
          <p className="mr-auto text-sm font-medium text-stone-900" role="status">
            {selected.length === 1 ? "1 passage selected" : `${selected.length} passages selected`}
            {selected.length >= maxSelection ? ` (at most ${maxSelection})` : ""}
          </p>
          <ButtonLink href={libraryPaths.derive(courseId, data.thesis.id, "case", selected)} size="sm">
            Create case from selection
          </ButtonLink>
          <ButtonLink href={libraryPaths.derive(courseId, data.thesis.id, "prompt", selected)} size="sm" variant="secondary">
            Create prompt from selection
          </ButtonLink>
          <Button size="sm" variant="quiet" onClick={() => setSelected([])}>
            Clear selection
          </Button>
        </div>
      ) : null}
    </div>
  );
}
