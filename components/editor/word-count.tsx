import { wordLimitStatus } from "@/components/editor/words";
import { classNames } from "@/components/ui/class-names";

const statusText = { none: "", within: "", near: "You are close to the word limit.", over: "You are over the word limit." } as const;

/**
 * Words so far against the round's limit. The count itself is not a live region (it would speak
 * on every keystroke); crossing into "close to" or "over" the limit is announced once.
 */
export function WordCount({ words, limit }: { words: number; limit: number | null }) {
  const status = wordLimitStatus(words, limit);
  return (
    <div className="text-sm">
      <p className={classNames("tabular-nums", status === "over" ? "font-semibold text-red-800" : status === "near" ? "font-medium text-amber-900" : "text-stone-800")}>
        {limit === null ? `${words} ${words === 1 ? "word" : "words"}` : `${words} / ${limit} words`}
        {status === "over" ? ` (${words - limit!} over)` : null}
      </p>
      <p role="status" aria-live="polite" className={classNames(status === "over" ? "text-red-800" : "text-amber-900", status === "none" || status === "within" ? "sr-only" : "")}>
        {statusText[status]}
      </p>
    </div>
  );
}
