import { classNames } from "@/components/ui/class-names";

export type ImportState = { status: "QUEUED" | "RUNNING" | "DONE" | "FAILED"; progress: number; fileName: string };

const statusText: Record<ImportState["status"], string> = { QUEUED: "Waiting to start", RUNNING: "Importing", DONE: "Imported", FAILED: "Failed" };

/** The import's progress as a real progressbar, so assistive technology hears it move. */
export function ImportProgress({ state }: { state: ImportState }) {
  const value = state.status === "DONE" ? 100 : Math.max(0, Math.min(100, state.progress));
  const label = `Import of ${state.fileName}`;
  return (
    <div className="space-y-1">
      <div className="flex items-center justify-between gap-3 text-sm">
        <span className="font-medium text-stone-900">{statusText[state.status]}</span>
        <span className="tabular-nums text-stone-700">{value}%</span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={`${statusText[state.status]}: ${value}%`}
        className="h-2.5 overflow-hidden rounded-full bg-stone-200"
      >
        <div
          className={classNames("h-full rounded-full transition-[width] duration-300 motion-reduce:transition-none", state.status === "FAILED" ? "bg-red-700" : "bg-teal-700")}
          style={{ width: `${value}%` }}
        />
      </div>
    </div>
  );
}

export const importStatusText = statusText;
