import Link from "next/link";
import type { RouterOutputs } from "@/components/trpc/types";
import { classNames } from "@/components/ui/class-names";
import { libraryPaths } from "./paths";

type Outline = RouterOutputs["thesis"]["outline"];

export const chapterName = (chapter: { label: string | null; title: string }) => (chapter.label ? `${chapter.label}: ${chapter.title}` : chapter.title);

/** Chapters, each with its sections indented by level; the open chapter is marked as current. */
export function TableOfContents({ courseId, outline, currentChapterId }: { courseId: string; outline: Outline; currentChapterId: string | null }) {
  return (
    <nav aria-labelledby="contents-heading" className="text-sm">
      <h2 id="contents-heading" className="font-serif text-lg font-semibold text-stone-950">
        Contents
      </h2>
      {outline.chapters.length === 0 ? (
        <p className="mt-2 text-stone-700">No chapters were found in this thesis.</p>
      ) : (
        <ol className="mt-2 space-y-2">
          {outline.chapters.map((chapter) => {
            const isCurrent = chapter.id === currentChapterId;
            return (
              <li key={chapter.id}>
                <Link
                  href={libraryPaths.reader(courseId, outline.id, { chapterId: chapter.id })}
                  aria-current={isCurrent ? "page" : undefined}
                  className={classNames(
                    "block rounded px-2 py-1 leading-snug underline-offset-2 hover:underline",
                    isCurrent ? "bg-teal-50 font-semibold text-teal-950" : "font-medium text-stone-900",
                  )}
                >
                  {chapterName(chapter)}
                  {chapter.page !== null ? <span className="ml-1 text-xs font-normal text-stone-600">p. {chapter.page}</span> : null}
                </Link>
                {chapter.sections.length > 0 ? (
                  <ol className="mt-1 space-y-0.5">
                    {chapter.sections.map((section) => (
                      <li key={section.id} style={{ paddingLeft: `${Math.min(section.level, 4) * 0.75}rem` }}>
                        <Link
                          href={libraryPaths.reader(courseId, outline.id, { chapterId: chapter.id, sectionId: section.id })}
                          className="block rounded px-2 py-0.5 leading-snug text-stone-800 underline-offset-2 hover:text-teal-900 hover:underline"
                        >
                          {section.number ? `${section.number} ` : ""}
                          {section.heading}
                        </Link>
                      </li>
                    ))}
                  </ol>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
