const shortcuts: { keys: string[]; action: string }[] = [
  { keys: ["1", "…", "9"], action: "Choose that level (1 is the best) for the current criterion" },
  { keys: ["j", "↓"], action: "Next criterion" },
  { keys: ["k", "↑"], action: "Previous criterion" },
  { keys: ["n", "]"], action: "Next submission (saves first)" },
  { keys: ["p", "["], action: "Previous submission (saves first)" },
  { keys: ["Tab"], action: "Into the comments and other fields; keys typed there are text" },
];

/** The grader's keyboard shortcuts, always on view. */
export function KeyboardShortcuts() {
  return (
    <section aria-labelledby="shortcuts-heading" className="rounded-lg border border-stone-200 bg-stone-50 p-4 text-sm">
      <h2 id="shortcuts-heading" className="font-semibold text-stone-950">
        Keyboard shortcuts
      </h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.action} className="contents">
            <dt className="whitespace-nowrap">
              {shortcut.keys.map((key, index) =>
                key === "…" ? (
                  <span key={index}> to </span>
                ) : (
                  <span key={index}>
                    {index > 0 && shortcut.keys[index - 1] !== "…" ? <span className="text-stone-600"> or </span> : null}
                    <kbd className="rounded border border-stone-300 bg-white px-1.5 font-mono text-xs">{key}</kbd>
                  </span>
                ),
              )}
            </dt>
            <dd className="text-stone-800">{shortcut.action}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-2 text-stone-700">Up and down arrows on a focused level move between levels, as in any list of choices.</p>
    </section>
  );
}
