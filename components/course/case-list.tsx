import Link from "next/link";
import { formatPeriod } from "@/components/format/period";
import { pluralize } from "@/components/format/labels";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/page-header";
import type { CaseSummary } from "@/components/trpc/types";

type CaseListProps = { cases: CaseSummary[]; isInstructor: boolean; courseId: string };

export function CaseList({ cases, isInstructor, courseId }: CaseListProps) {
  const ordered = [...cases].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="cases-heading">
      <SectionHeading
        id="cases-heading"
        actions={
          isInstructor ? (
            <ButtonLink href={`/courses/${courseId}/authoring/cases/new`} variant="secondary" size="sm">
              Add a case
            </ButtonLink>
          ) : null
        }
      >
        Cases
      </SectionHeading>
      {ordered.length === 0 ? (
        <EmptyState title="No cases yet">
          {isInstructor ? "Add the first case to give the class something to debate." : "Your instructor has not added any cases yet."}
        </EmptyState>
      ) : (
        <ol className="space-y-3">
          {ordered.map((item, index) => (
            <li key={item.id}>
              <CaseRow item={item} number={index + 1} courseId={courseId} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function CaseRow({ item, number, courseId }: { item: CaseSummary; number: number; courseId: string }) {
  const { debate, seminar } = item.postedPromptCounts;
  return (
    <article className="relative flex gap-4 rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition-shadow focus-within:shadow-md hover:shadow-md">
      <span aria-hidden="true" className="font-serif text-2xl font-semibold text-stone-500 tabular-nums">
        {String(number).padStart(2, "0")}
      </span>
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
          <h3 className="font-serif text-lg leading-snug font-semibold text-stone-950">
            <Link href={`/courses/${courseId}/cases/${item.id}`} className="after:absolute after:inset-0 after:rounded-lg hover:text-teal-900">
              {item.title}
            </Link>
          </h3>
          <p className="text-sm font-medium text-stone-700 tabular-nums">{formatPeriod(item.periodStart, item.periodEnd)}</p>
        </div>
        {item.summary ? <p className="mt-1 line-clamp-2 text-sm text-stone-700">{item.summary}</p> : null}
        <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700">
          <span>{pluralize(debate, "debate motion")}</span>
          <span>{pluralize(seminar, "seminar question")}</span>
        </p>
      </div>
    </article>
  );
}
