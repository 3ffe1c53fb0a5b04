import { voterRuleLabels } from "@/components/debate/labels";
import type { DebateDetail } from "@/components/debate/types";

/** The debate's voting rules in a few lines, so everyone knows who votes and what is shown. */
export function DebateSettings({ settings }: { settings: DebateDetail["settings"] }) {
  return (
    <section aria-labelledby="rules-heading" className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="rules-heading" className="font-serif text-lg font-semibold text-stone-950">
        Voting rules
      </h2>
      <dl className="mt-2 space-y-2 text-sm">
        <div>
          <dt className="font-medium text-stone-900">Who votes</dt>
          <dd className="text-stone-800">
            {voterRuleLabels[settings.voterRule].label}: {voterRuleLabels[settings.voterRule].description}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-stone-900">Ballots</dt>
          <dd className="text-stone-800">
            One per voter per round, changeable while voting is open; only their number shows until voting closes.
            {settings.anonymousVoting ? " Anonymous: results show totals only." : ""}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-stone-900">Arguments</dt>
          <dd className="text-stone-800">
            {settings.revealAfterLock ? "Every team can read the others' arguments once a round locks." : "Teams read only their own arguments."}
          </dd>
        </div>
      </dl>
    </section>
  );
}
