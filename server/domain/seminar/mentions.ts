export type Mentionable = { id: string; name: string };

const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The members named as "@Full Name" in a post. Longer names are matched first so that
 * "@Ann Lee-Smith" does not also mention a member called "Ann Lee".
 */
export function extractMentions(text: string, members: readonly Mentionable[]): string[] {
  const found = new Set<string>();
  let remaining = text;
  const byLength = [...members].filter((member) => member.name.trim() !== "").sort((a, b) => b.name.length - a.name.length);
  for (const member of byLength) {
    const pattern = new RegExp(`@${escape(member.name.trim())}(?![\\p{L}\\p{N}])`, "giu");
    if (pattern.test(remaining)) {
      found.add(member.id);
      remaining = remaining.replace(pattern, " ");
    }
  }
  return [...found];
}
