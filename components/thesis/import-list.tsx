"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDay } from "@/components/format/joined-date";
import { useTRPC } from "@/components/trpc/react";
import type { RouterOutputs } from "@/components/trpc/types";
import { ImportProgress } from "./import-progress";
import { libraryPaths } from "./paths";

type Import = RouterOutputs["thesis"]["imports"][number];

const isFinished = (item: Import) => item.status === "DONE" || item.status === "FAILED";

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

/** Staff: recent imports with their progress, refreshed while any of them is still running. */
export function ImportList({ courseId, initial }: { courseId: string; initial: Import[] }) {
  const trpc = useTRPC();
  const imports = useQuery({
    ...trpc.thesis.imports.queryOptions({ courseId }),
    initialData: initial,
    refetchInterval: (query) => ((query.state.data ?? []).every(isFinished) ? false : 1_000),
  });
  const items = imports.data ?? [];
  return (
    <section aria-labelledby="imports-heading">
      <h2 id="imports-heading" className="font-serif text-xl font-semibold text-stone-950">
        Imports
      </h2>
      {items.length === 0 ? (
        <p className="mt-3 text-sm text-stone-700">No files have been uploaded yet.</p>
      ) : (
        <ul className="mt-3 space-y-3">
          {items.map((item) => (
            <li key={item.id} className="space-y-2 rounded-lg border border-stone-200 bg-white p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
                <span className="font-medium break-all text-stone-900">{item.fileName}</span>
                <span className="text-stone-700">
                  {item.format.toUpperCase()} · {sizeText(item.byteLength)} · {formatDay(new Date(item.createdAt))}
                </span>
              </div>
              <ImportProgress state={item} />
              {item.status === "FAILED" && item.error ? <p className="text-sm text-red-800">{item.error}</p> : null}
              {item.status === "DONE" && item.thesisId ? (
                <Link href={libraryPaths.reader(courseId, item.thesisId)} className="text-sm font-medium text-teal-900 underline underline-offset-2">
                  Read the imported thesis
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
