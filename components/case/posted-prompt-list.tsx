import type { ReactNode } from "react";
import { PromptKindBadge } from "@/components/ui/labelled-badges";
import type { CaseDetail } from "@/components/trpc/types";

type PostedPromptListProps = {
  prompts: CaseDetail["prompts"];
  isInstructor: boolean;
  /** Shown under a prompt: the thesis passages it was made from. */
  extras?: Record<string, ReactNode>;
};

export function PostedPromptList({ prompts, isInstructor, extras = {} }: PostedPromptListProps) {
  const ordered = [...prompts].sort((a, b) => a.position - b.position);
  return (
    <section aria-labelledby="prompts-heading">
      <h2 id="prompts-heading" className="font-serif text-xl font-semibold text-stone-950">
        Prompts
      </h2>
      {ordered.length === 0 ? (
        <p className="mt-3 rounded-md border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">
          {isInstructor
            ? "Nothing is posted for this case yet. Drafts stay hidden from students until you post them."
            : "Your instructor has not posted prompts for this case yet."}
        </p>
      ) : (
        <ol className="mt-3 space-y-3">
          {ordered.map((prompt) => (
            <li key={prompt.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              <PromptKindBadge kind={prompt.kind} />
              <p className="mt-2 font-serif text-lg leading-snug text-stone-950">{prompt.text}</p>
              {extras[prompt.id] ? <div className="mt-3">{extras[prompt.id]}</div> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
