import { citationParts } from "@/components/format/citation";
import type { Source } from "@/components/trpc/types";

export function SourceList({ sources }: { sources: Source[] }) {
  return (
    <section aria-labelledby="sources-heading">
      <h2 id="sources-heading" className="font-serif text-xl font-semibold text-stone-950">
        Sources
      </h2>
      {sources.length === 0 ? (
        <p className="mt-3 text-sm text-stone-700">No sources listed for this case.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {sources.map((source, index) => {
            const parts = citationParts(source);
            return (
              <li key={`${source.title}-${index}`} className="border-l-2 border-stone-300 pl-3 text-sm text-stone-800">
                {parts.author} <cite className="italic">{parts.title}</cite> {parts.publication}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
