import Link from "next/link";
import { pluralize } from "@/components/format/labels";
import { EmptyState } from "@/components/ui/empty-state";
import type { RouterOutputs } from "@/components/trpc/types";
import { importStatusText } from "./import-progress";
import { libraryPaths } from "./paths";

type Thesis = RouterOutputs["thesis"]["list"][number];

export function ThesisList({ courseId, theses, isStaff }: { courseId: string; theses: Thesis[]; isStaff: boolean }) {
  const shown = isStaff ? theses : theses.filter((thesis) => thesis.hasText);
  return (
    <section aria-labelledby="theses-heading">
      <h2 id="theses-heading" className="font-serif text-xl font-semibold text-stone-950">
        Theses
      </h2>
      {shown.length === 0 ? (
        <div className="mt-3">
          <EmptyState title="No thesis to read yet">{isStaff ? "Upload a thesis file to make it readable here." : "Your instructor has not added a thesis text yet."}</EmptyState>
        </div>
      ) : (
        <ul className="mt-3 space-y-3">
          {shown.map((thesis) => (
            <li key={thesis.id} className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm">
              <h3 className="font-serif text-lg leading-snug font-semibold text-stone-950">
                {thesis.hasText ? (
                  <Link href={libraryPaths.reader(courseId, thesis.id)} className="underline-offset-2 hover:text-teal-900 hover:underline">
                    {thesis.title}
                  </Link>
                ) : (
                  thesis.title
                )}
              </h3>
              {thesis.author ? <p className="text-sm text-stone-700">{thesis.author}</p> : null}
              {thesis.researchQuestion ? <p className="mt-2 max-w-3xl text-sm text-stone-800">{thesis.researchQuestion}</p> : null}
              <p className="mt-2 text-sm text-stone-700">
                {thesis.hasText
                  ? `${pluralize(thesis.counts.chapters, "chapter")} · ${pluralize(thesis.counts.paragraphs, "paragraph")} · ${pluralize(thesis.counts.footnotes, "footnote")}`
                  : "No text imported yet."}
                {isStaff && thesis.latestImport ? ` · Last import: ${importStatusText[thesis.latestImport.status]} (${thesis.latestImport.fileName})` : null}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
