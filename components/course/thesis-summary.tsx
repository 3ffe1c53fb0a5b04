import type { Thesis } from "@/components/trpc/types";

export function ThesisSummary({ thesis }: { thesis: Thesis }) {
  return (
    <section aria-labelledby="thesis-heading" className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h2 id="thesis-heading" className="text-sm font-semibold tracking-wide text-teal-800 uppercase">
        The thesis
      </h2>
      <p className="mt-2 font-serif text-2xl leading-snug font-semibold text-stone-950">
        <cite className="not-italic">{thesis.title}</cite>
      </p>
      <p className="mt-1 text-stone-700">by {thesis.author}</p>
      <dl className="mt-6 grid gap-6 md:grid-cols-2">
        {thesis.researchQuestion ? (
          <div>
            <dt className="text-sm font-semibold text-stone-900">Research question</dt>
            <dd className="mt-1 text-stone-800">{thesis.researchQuestion}</dd>
          </div>
        ) : null}
        {thesis.conclusion ? (
          <div>
            <dt className="text-sm font-semibold text-stone-900">Conclusion</dt>
            <dd className="mt-1 text-stone-800">{thesis.conclusion}</dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
