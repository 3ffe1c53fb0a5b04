import Link from "next/link";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/page-header";
import { theoryAccent } from "@/components/course/theory-accent";
import type { Theory } from "@/components/trpc/types";

type TheoryListProps = { theories: Theory[]; isInstructor: boolean; courseId: string };

export function TheoryList({ theories, isInstructor, courseId }: TheoryListProps) {
  return (
    <section aria-labelledby="theories-heading">
      <SectionHeading
        id="theories-heading"
        actions={
          isInstructor && theories.length > 0 ? (
            <Link href={`/courses/${courseId}/authoring/theories`} className="text-sm font-medium text-teal-800 underline hover:text-teal-900">
              Edit theories
            </Link>
          ) : null
        }
      >
        Theories
      </SectionHeading>
      {theories.length === 0 ? (
        <EmptyState title="No theories in this course">Courses started from the thesis demo come with realism, liberalism and constructivism.</EmptyState>
      ) : (
        <ul className="grid gap-4 lg:grid-cols-3">
          {theories.map((theory, index) => (
            <li key={theory.id}>
              <TheoryCard theory={theory} accent={theoryAccent(index)} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TheoryCard({ theory, accent }: { theory: Theory; accent: string }) {
  const headingId = `theory-${theory.id}`;
  return (
    <article aria-labelledby={headingId} className={`h-full rounded-lg border border-t-4 border-stone-200 bg-white p-5 shadow-sm ${accent}`}>
      <h3 id={headingId} className="font-serif text-lg font-semibold text-stone-950">
        {theory.name}
      </h3>
      {theory.summary ? <p className="mt-2 text-sm text-stone-800">{theory.summary}</p> : null}
      {theory.coreClaims.length > 0 ? (
        <details className="group mt-4">
          <summary className="cursor-pointer text-sm font-semibold text-stone-900 hover:text-teal-900">
            Core claims ({theory.coreClaims.length})
          </summary>
          <ul className="mt-2 list-disc space-y-1.5 pl-5 text-sm text-stone-800">
            {theory.coreClaims.map((claim, index) => (
              <li key={index}>{claim}</li>
            ))}
          </ul>
        </details>
      ) : null}
      {theory.keyThinkers.length > 0 ? (
        <div className="mt-4">
          <h4 className="text-sm font-semibold text-stone-900">Key thinkers</h4>
          <p className="mt-1 text-sm text-stone-700">{theory.keyThinkers.join(" · ")}</p>
        </div>
      ) : null}
    </article>
  );
}
