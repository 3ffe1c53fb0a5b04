const accents = [
  { top: "border-t-teal-700", left: "border-l-teal-700" },
  { top: "border-t-amber-600", left: "border-l-amber-600" },
  { top: "border-t-violet-700", left: "border-l-violet-700" },
  { top: "border-t-rose-700", left: "border-l-rose-700" },
  { top: "border-t-sky-700", left: "border-l-sky-700" },
];

/** A stable colour per theory position, so a theory looks the same on every page. */
export function theoryAccent(index: number, side: "top" | "left" = "top"): string {
  return accents[index % accents.length]?.[side] ?? "border-stone-500";
}
