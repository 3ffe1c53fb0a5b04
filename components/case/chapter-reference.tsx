import type { ThesisChapter } from "@/components/trpc/types";

type ChapterReferenceProps = { chapter: ThesisChapter | null; thesisTitle?: string };

export function ChapterReference({ chapter, thesisTitle }: ChapterReferenceProps) {
  if (!chapter) return null;
  return (
    <section aria-labelledby="chapter-heading" className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="chapter-heading" className="font-serif text-xl font-semibold text-stone-950">
        In the thesis
      </h2>
      <dl className="mt-3 space-y-3 text-sm">
        <div>
          <dt className="font-semibold text-stone-900">Chapter {chapter.roman || chapter.number}</dt>
          <dd className="text-stone-800">{chapter.title}</dd>
        </div>
        {chapter.section ? (
          <div>
            <dt className="font-semibold text-stone-900">Section</dt>
            <dd className="text-stone-800">{chapter.section}</dd>
          </div>
        ) : null}
        {chapter.relatedSections.length > 0 ? (
          <div>
            <dt className="font-semibold text-stone-900">See also</dt>
            <dd>
              <ul className="list-disc space-y-1 pl-5 text-stone-800">
                {chapter.relatedSections.map((section) => (
                  <li key={section}>{section}</li>
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
