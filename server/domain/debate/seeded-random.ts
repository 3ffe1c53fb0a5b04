/**
 * Reproducible randomness for the domain: the same seed gives the same sequence on every machine,
 * so an instructor's preview and the assignment that is later saved are the same assignment.
 */

/** mulberry32: a 32-bit generator, tiny and fast; plenty for shuffles, not for secrets. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A Fisher–Yates shuffle into a new array, driven by `random` (values in [0, 1)). */
export function seededShuffle<T>(items: readonly T[], random: () => number): T[] {
  const shuffled = [...items];
  for (let index = shuffled.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    const item = shuffled[index] as T;
    shuffled[index] = shuffled[other] as T;
    shuffled[other] = item;
  }
  return shuffled;
}
