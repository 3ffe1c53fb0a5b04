"use client";

import type { Editor } from "@tiptap/react";
import { useId, useState } from "react";
import { describeSource, formatCitation, type CitableSource } from "@/components/editor/citation";

/** Inserts "(Author, Year)" for one of the case's sources where the cursor is. */
export function CitationMenu({ editor, sources, isDisabled }: { editor: Editor; sources: readonly CitableSource[]; isDisabled: boolean }) {
  const selectId = useId();
  const [choice, setChoice] = useState("");
  if (sources.length === 0) return null;

  const onInsert = () => {
    const source = sources[Number(choice)];
    if (!source) return;
    editor.chain().focus().insertContent(`${formatCitation(source)} `).run();
    setChoice("");
  };

  return (
    <div className="ml-auto flex items-center gap-1.5">
      <label htmlFor={selectId} className="text-sm text-stone-800">
        Cite a source
      </label>
      <select
        id={selectId}
        value={choice}
        disabled={isDisabled}
        onChange={(event) => setChoice(event.target.value)}
        className="max-w-56 rounded border border-stone-300 bg-white px-2 py-1 text-sm text-stone-900"
      >
        <option value="">Choose…</option>
        {sources.map((source, index) => (
          <option key={`${source.author}-${source.title}-${index}`} value={String(index)}>
            {describeSource(source)}
          </option>
        ))}
      </select>
      <button
        type="button"
        onClick={onInsert}
        disabled={isDisabled || choice === ""}
        className="rounded border border-stone-300 bg-white px-2 py-1 text-sm font-medium text-teal-900 hover:bg-stone-100 disabled:cursor-not-allowed disabled:text-stone-500"
      >
        Insert citation
      </button>
    </div>
  );
}
