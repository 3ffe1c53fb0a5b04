import type { Source } from "@/components/trpc/types";

export type CitationParts = { author: string; title: string; publication: string };

/** Adds a full stop unless the text already ends a sentence ("…Arms?" stays as it is). */
function endSentence(text: string): string {
  const trimmed = text.trim();
  return /[.?!]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/**
 * Author-title-publication, close to Chicago notes-bibliography:
 * "J. L. Black. Russia Faces NATO Expansion. Lanham, MD: Rowman & Littlefield, 2000."
 * A venue that already names the year ("CSIS, November 2008") is not given it twice.
 */
export function citationParts(source: Source): CitationParts {
  const year = String(source.year ?? "").trim();
  const venue = source.venue.trim();
  const publication = venue && year && !venue.includes(year) ? `${venue}, ${year}` : venue || year;
  return {
    author: endSentence(source.author),
    title: endSentence(source.title),
    publication: publication ? endSentence(publication) : "",
  };
}
