import type { ReactNode } from "react";

type SetupSectionProps = { id: string; step: number; title: string; description?: ReactNode; children: ReactNode };

/** One numbered part of the setup form, a titled card. */
export function SetupSection({ id, step, title, description, children }: SetupSectionProps) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
      <h2 id={id} className="flex items-baseline gap-3 font-serif text-xl font-semibold text-stone-950">
        <span aria-hidden="true" className="inline-flex size-7 shrink-0 items-center justify-center rounded-full bg-teal-800 font-sans text-sm text-white">
          {step}
        </span>
        <span>
          <span className="sr-only">Step {step}: </span>
          {title}
        </span>
      </h2>
      {description ? <div className="mt-1 text-sm text-stone-700">{description}</div> : null}
      <div className="mt-5 space-y-5">{children}</div>
    </section>
  );
}
