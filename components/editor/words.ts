import { countWords, plainTextOf, type RichTextNode } from "@/server/domain/argument/plain-text";

/** Words in an editor document, counted as the round's freeze counts them. */
export function wordCountOf(document: RichTextNode): number {
  return countWords(plainTextOf(document));
}

export type WordLimitStatus = "none" | "within" | "near" | "over";

/** Within the limit, in its last tenth, or over it. A round without a limit has no status. */
export function wordLimitStatus(words: number, limit: number | null): WordLimitStatus {
  if (limit === null) return "none";
  if (words > limit) return "over";
  if (words >= limit * 0.9) return "near";
  return "within";
}
