import { theoryAccent } from "@/components/course/theory-accent";
import type { Theory } from "@/components/trpc/types";

type TheoryReadingsProps = { perTheory: Record<string, string>; theories: Theory[] };

type Reading = { key: string; name: string; text: string; accent: string };

/** Course theories in their order first; readings for keys the course no longer has come last. */
function readingsFor(perTheory: Record<string, string>, theories: Theory[]): Reading[] {
  const known = theories
    .map((theory, index) => ({ key: theory.key, name: theory.name, text: perTheory[theory.key] ?? "", accent: theoryAccent(index, "left") }))
    .filter((reading) => reading.text.trim());
  const knownKeys = new Set(theories.map((theory) => theory.key));
  const others = Object.entries(perTheory)
    .filter(([key, text]) => !knownKeys.has(key) && text.trim())
    .map(([key, text], index) => ({
      key,
      name: key.charAt(0).toUpperCase() + key.slice(1),
      text,
      accent: theoryAccent(theories.length + index, "left"),
    }));
  return [...known, ...others];
}

export function TheoryReadings({ perTheory, theories }: TheoryReadingsProps) {
  const readings = readingsFor(perTheory, theories);
  return (
    <section aria-labelledby="readings-heading">
      <h2 id="readings-heading" className="font-serif text-xl font-semibold text-stone-950">
        What each theory says
      </h2>
      {readings.length === 0 ? (
        <p className="mt-3 text-sm text-stone-700">No theoretical readings have been written for this case.</p>
      ) : (
        <div className="mt-3 space-y-3">
          {readings.map((reading) => (
            <section key={reading.key} aria-labelledby={`reading-${reading.key}`} className={`rounded-lg border border-l-4 border-stone-200 bg-white p-4 ${reading.accent}`}>
              <h3 id={`reading-${reading.key}`} className="font-semibold text-stone-950">
                {reading.name}
              </h3>
              <p className="mt-1 text-sm text-stone-800">{reading.text}</p>
            </section>
          ))}
        </div>
      )}
    </section>
  );
}
