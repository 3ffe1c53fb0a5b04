import Link from "next/link";
import type { DebatePrimer } from "@/components/debate/types";

type PrimerProps = { primer: DebatePrimer; caseHref: string; caseTitle: string };

/** What a student needs to argue their position: the theory's claims, its thinkers, and its reading of this case. */
export function Primer({ primer, caseHref, caseTitle }: PrimerProps) {
  return (
    <section id="primer" aria-labelledby="primer-heading" className="scroll-mt-6 rounded-lg border border-teal-200 bg-white p-5 shadow-sm">
      <p className="text-xs font-semibold tracking-wide text-teal-800 uppercase">Primer</p>
      <h2 id="primer-heading" className="mt-1 font-serif text-xl font-semibold text-stone-950">
        Arguing {primer.theoryName}
      </h2>
      {primer.summary ? <p className="mt-2 text-sm text-stone-800">{primer.summary}</p> : null}
      {primer.onThisCase ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-stone-950">What {primer.theoryName} says about this case</h3>
          <p className="mt-1 text-sm whitespace-pre-line text-stone-800">{primer.onThisCase}</p>
        </div>
      ) : null}
      {primer.coreClaims.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-stone-950">Core claims</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-stone-800">
            {primer.coreClaims.map((claim, index) => (
              <li key={index}>{claim}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {primer.keyThinkers.length > 0 ? (
        <div className="mt-4">
          <h3 className="text-sm font-semibold text-stone-950">Key thinkers</h3>
          <p className="mt-1 text-sm text-stone-800">{primer.keyThinkers.join(" · ")}</p>
        </div>
      ) : null}
      <p className="mt-4 text-sm">
        <Link href={caseHref} className="font-medium text-teal-800 underline hover:text-teal-900">
          Read the case: {caseTitle}
        </Link>
      </p>
    </section>
  );
}
