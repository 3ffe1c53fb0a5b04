import { connectionLabels, type ConnectionState } from "@/components/editor/connection";
import { classNames } from "@/components/ui/class-names";

const dotClasses: Record<ConnectionState, string> = {
  connecting: "bg-stone-400",
  connected: "bg-emerald-600",
  reconnecting: "bg-amber-500",
  offline: "bg-red-600",
};

/** The link to the collaboration server, announced politely when it changes. */
export function ConnectionBadge({ state }: { state: ConnectionState }) {
  return (
    <p role="status" aria-live="polite" className="flex items-center gap-1.5 text-sm text-stone-800">
      <span aria-hidden="true" className={classNames("inline-block size-2.5 rounded-full", dotClasses[state])} />
      {connectionLabels[state]}
    </p>
  );
}
