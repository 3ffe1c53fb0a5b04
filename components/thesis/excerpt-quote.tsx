import Link from "next/link";

type ExcerptQuoteProps = { quote: string; href: string | null; source: string };

/** A thesis passage quoted on a page, with the way back to it in the reader. */
export function ExcerptQuote({ quote, href, source }: ExcerptQuoteProps) {
  return (
    <figure className="rounded-md border-l-4 border-teal-700 bg-stone-50 px-4 py-3">
      <blockquote className="font-serif leading-relaxed whitespace-pre-line text-stone-900">{quote}</blockquote>
      <figcaption className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
        <span>{source}</span>
        {href ? (
          <Link href={href} className="font-medium text-teal-900 underline underline-offset-2">
            Read in the thesis
          </Link>
        ) : (
          <span>(this passage is no longer in the imported text)</span>
        )}
      </figcaption>
    </figure>
  );
}
