import { AppError } from "@/server/domain/app-error";

/**
 * Checks that `requested` is a permutation of `existing`, so a stale page cannot drop or
 * duplicate items by reordering, and returns the new position of each id.
 */
export function positionsFor(existing: readonly string[], requested: readonly string[], field: string) {
  const known = new Set(existing);
  const seen = new Set(requested);
  if (seen.size !== requested.length) throw new AppError("BAD_REQUEST", `${field}: lists an item twice`, { field });
  if (requested.length !== known.size || requested.some((id) => !known.has(id))) {
    throw new AppError("BAD_REQUEST", `${field}: must list every item exactly once (the page may be out of date; reload it)`, { field });
  }
  return requested.map((id, position) => ({ id, position }));
}
