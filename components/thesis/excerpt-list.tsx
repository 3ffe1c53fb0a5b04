import type { RouterOutputs } from "@/components/trpc/types";
import { ExcerptQuote } from "./excerpt-quote";
import { libraryPaths } from "./paths";

export type Excerpt = RouterOutputs["thesis"]["excerptsFor"][number];

/** Thesis passages a case or prompt was made from, each linking back to where it stands. */
export function ExcerptList({ courseId, excerpts, label }: { courseId: string; excerpts: Excerpt[]; label: string }) {
  if (excerpts.length === 0) return null;
  return (
    <ol aria-label={label} className="space-y-3">
      {excerpts.map((excerpt) => (
        <li key={excerpt.id}>
          <ExcerptQuote
            quote={excerpt.quote}
            source={excerpt.location?.page != null ? `${excerpt.thesisTitle}, p. ${excerpt.location.page}` : excerpt.thesisTitle}
            href={excerpt.location ? libraryPaths.reader(courseId, excerpt.thesisId, { chapterId: excerpt.location.chapterId, anchor: excerpt.anchor }) : null}
          />
        </li>
      ))}
    </ol>
  );
}

/** The case's own excerpts, as a section of the case page. */
export function CaseExcerpts({ courseId, excerpts }: { courseId: string; excerpts: Excerpt[] }) {
  if (excerpts.length === 0) return null;
  return (
    <section aria-labelledby="excerpts-heading">
      <h2 id="excerpts-heading" className="font-serif text-xl font-semibold text-stone-950">
        From the thesis
      </h2>
      <div className="mt-3">
        <ExcerptList courseId={courseId} excerpts={excerpts} label="Passages this case was made from" />
      </div>
    </section>
  );
}
