/** A case source as case.get returns it. */
export type CitableSource = { author: string; title: string; year?: number | string | null; venue?: string | null };

/** An author-date citation for running text: "(Talbott, 2002)", "(Talbott, n.d.)". */
export function formatCitation(source: CitableSource): string {
  const author = source.author.trim() || source.title.trim();
  const year = source.year === null || source.year === undefined || String(source.year).trim() === "" ? "n.d." : String(source.year).trim();
  return `(${author}, ${year})`;
}

/** How a source reads in the citation picker: "Talbott (2002), The Russia Hand". */
export function describeSource(source: CitableSource): string {
  const year = source.year === null || source.year === undefined || String(source.year).trim() === "" ? "n.d." : String(source.year).trim();
  return `${source.author.trim() || "Unknown author"} (${year}), ${source.title.trim()}`;
}
