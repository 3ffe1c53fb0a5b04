"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/form-field";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { libraryPaths } from "./paths";
import { highlightSegments } from "./segments";

/** Full-text search in one thesis; each hit links to its passage, highlighted in the reader. */
export function ThesisSearch({ courseId, thesisId }: { courseId: string; thesisId: string }) {
  const trpc = useTRPC();
  const [draft, setDraft] = useState("");
  const [query, setQuery] = useState("");
  const [inputError, setInputError] = useState("");
  const search = useQuery({ ...trpc.thesis.search.queryOptions({ courseId, thesisId, query, limit: 20 }), enabled: query !== "" });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const trimmed = draft.trim();
    if (!trimmed) return setInputError("Type a word or phrase to search for");
    if (trimmed.length > 200) return setInputError("Search for at most 200 characters");
    setInputError("");
    setQuery(trimmed);
  }

  return (
    <section aria-labelledby="search-heading" className="text-sm">
      <h2 id="search-heading" className="font-serif text-lg font-semibold text-stone-950">
        Search
      </h2>
      <form role="search" aria-label="Search this thesis" noValidate onSubmit={onSubmit} className="mt-2 flex items-end gap-2">
        <TextField
          label="Search this thesis"
          isLabelHidden
          type="search"
          maxLength={200}
          placeholder="e.g. enlargement"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          error={inputError}
          fieldClassName="min-w-0 flex-1"
        />
        <Button type="submit" size="sm" variant="secondary" isBusy={search.isFetching}>
          Search
        </Button>
      </form>
      {search.isError ? <ErrorAlert className="mt-2">{formErrorMessage(search.error)}</ErrorAlert> : null}
      {search.data ? (
        <div className="mt-3">
          <p role="status" className="text-stone-700">
            {search.data.length === 0 ? `Nothing found for “${query}”.` : `${search.data.length === 20 ? "The first 20" : search.data.length} ${search.data.length === 1 ? "passage" : "passages"} for “${query}”`}
          </p>
          <ol aria-label="Search results" className="mt-2 space-y-2">
            {search.data.map((hit) => (
              <li key={hit.anchor}>
                <Link
                  href={libraryPaths.reader(courseId, thesisId, { chapterId: hit.chapterId, anchor: hit.anchor })}
                  className="block rounded-md border border-stone-200 bg-white p-2 leading-snug text-stone-800 hover:border-teal-400 focus-visible:border-teal-600"
                >
                  {highlightSegments(hit.snippet, hit.matches).map((segment, index) =>
                    segment.mark ? (
                      <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-stone-950">
                        {segment.text}
                      </mark>
                    ) : (
                      <span key={index}>{segment.text}</span>
                    ),
                  )}
                  {hit.page !== null ? <span className="ml-1 text-xs text-stone-600">(p. {hit.page})</span> : null}
                </Link>
              </li>
            ))}
          </ol>
        </div>
      ) : (
        <p role="status" className="sr-only" />
      )}
    </section>
  );
}
