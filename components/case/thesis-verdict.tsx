export function ThesisVerdict({ verdict }: { verdict: string }) {
  if (!verdict.trim()) return null;
  return (
    <section aria-labelledby="verdict-heading" className="rounded-lg border border-teal-200 bg-teal-50 p-5">
      <h2 id="verdict-heading" className="font-serif text-xl font-semibold text-stone-950">
        The thesis verdict
      </h2>
      <p className="mt-2 text-stone-900">{verdict}</p>
    </section>
  );
}
