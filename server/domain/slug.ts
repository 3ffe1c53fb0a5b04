/**
 * A URL-safe slug from a title: "Kosovo 1999: the air war" → "kosovo-1999-the-air-war"; also safe
 * as a file name. `fallback` stands in when nothing of the title survives.
 */
export function slugify(title: string, fallback = "case"): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return slug || fallback;
}

/** The first of slug, slug-2, slug-3, … that is not taken. */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
