/**
 * Caret colours: dark enough for white label text (WCAG AA on the label) and distinct enough
 * side by side. A user keeps one colour on every device and in every document.
 */
export const caretPalette = ["#b91c1c", "#c2410c", "#a16207", "#15803d", "#0f766e", "#0369a1", "#4338ca", "#7e22ce", "#be185d", "#57534e"] as const;

/** FNV-1a over the id's UTF-16 code units: stable, fast, and well spread for short ids. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** The caret colour of a user, derived from their id alone. */
export function caretColourFor(userId: string): string {
  return caretPalette[hashOf(userId) % caretPalette.length]!;
}

/** The same colour, translucent, for the user's selection highlight. */
export function selectionColourFor(userId: string): string {
  return `${caretColourFor(userId)}33`;
}
