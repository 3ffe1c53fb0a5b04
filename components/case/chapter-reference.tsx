import Link from "next/link";
import type { ReactNode } from "react";
import type { ThesisChapter } from "@/components/trpc/types";

/** Where the chapter, the section and each related section open in the reader, when found. */
export type ChapterLinks = { chapter: string | null; section: string | null; related: Record<string, string> };

type ChapterReferenceProps = { chapter: ThesisChapter | null; thesisTitle?: string; links?: ChapterLinks | null };

const linked = (href: string | null | undefined, children: ReactNode) =>
  href ? (
    <Link href={href} className="text-teal-900 underline underline-offset-2 hover:text-teal-950">
      {children}
    </Link>
  ) : (
    children
  );

export function ChapterReference({ chapter, thesisTitle, links }: ChapterReferenceProps) {
  if (!chapter) return null;
  return (
    <section aria-labelledby="chapter-heading" className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="chapter-heading" className="font-serif text-xl font-semibold text-stone-950">
        In the thesis
      </h2>
      <dl className="mt-3 space-y-3 text-sm">
        <div>
          <dt className="font-semibold text-stone-900">Chapter {chapter.roman || chapter.number}</dt>
          <dd className="text-stone-800">{linked(links?.chapter, chapter.title)}</dd>
        </div>
        {chapter.section ? (
          <div>
            <dt className="font-semibold text-stone-900">Section</dt>
            <dd className="text-stone-800">{linked(links?.section, chapter.section)}</dd>
          </div>
        ) : null}
        {chapter.relatedSections.length > 0 ? (
          <div>
            <dt className="font-semibold text-stone-900">See also</dt>
            <dd>
              <ul className="list-disc space-y-1 pl-5 text-stone-800">
                {chapter.relatedSections.map((section) => (
                  <li key={section}>{linked(links?.related[section], section)}</li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null}
      </dl>
      {thesisTitle ? <p className="mt-4 text-xs text-stone-600">From <cite>{thesisTitle}</cite></p> : null}
    </section>
  );
}
