import type { ReactNode } from "react";
import { classNames } from "@/components/ui/class-names";

export type BadgeTone = "teal" | "amber" | "stone" | "rose" | "sky" | "emerald" | "violet";

const toneClasses: Record<BadgeTone, string> = {
  teal: "bg-teal-50 text-teal-900 ring-teal-200",
  amber: "bg-amber-50 text-amber-900 ring-amber-200",
  stone: "bg-stone-100 text-stone-800 ring-stone-300",
  rose: "bg-rose-50 text-rose-900 ring-rose-200",
  sky: "bg-sky-50 text-sky-900 ring-sky-200",
  emerald: "bg-emerald-50 text-emerald-900 ring-emerald-200",
  violet: "bg-violet-50 text-violet-900 ring-violet-200",
};

export function Badge({ tone, children, className }: { tone: BadgeTone; children: ReactNode; className?: string }) {
  return (
    <span
      className={classNames(
        "inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ring-1 ring-inset",
        toneClasses[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}
