"use client";

import { useQuery } from "@tanstack/react-query";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";

/** Who wrote what: surviving characters, deletions and active minutes per member. */
export function ContributionsPanel({ courseId, documentName }: { courseId: string; documentName: string }) {
  const trpc = useTRPC();
  const contributions = useQuery({ ...trpc.collab.contributions.queryOptions({ courseId, documentName }), refetchInterval: 30_000 });

  return (
    <section aria-labelledby="contributions-heading">
      <h2 id="contributions-heading" className="text-sm font-semibold text-stone-900">
        Contributions
      </h2>
      {contributions.isPending ? (
        <p className="mt-2 text-sm text-stone-700">Loading contributions…</p>
      ) : contributions.isError ? (
        <p className="mt-2 text-sm text-red-800">{formErrorMessage(contributions.error)}</p>
      ) : contributions.data.length === 0 ? (
        <p className="mt-2 text-sm text-stone-700">Nobody has written anything yet.</p>
      ) : (
        <table className="mt-2 w-full text-left text-sm">
          <caption className="sr-only">Contributions per member (updated every 30 seconds)</caption>
          <thead className="text-xs text-stone-700">
            <tr>
              <th scope="col" className="py-1 font-medium">
                Member
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Written
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Deleted
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Minutes
              </th>
            </tr>
          </thead>
          <tbody className="text-stone-900">
            {contributions.data.map((row) => (
              <tr key={row.userId ?? "unknown"} className="border-t border-stone-200">
                <th scope="row" className="py-1 font-normal">
                  {row.name ?? "Unattributed"}
                </th>
                <td className="py-1 text-right tabular-nums">{row.insertedCharacters}</td>
                <td className="py-1 text-right tabular-nums">{row.deletedCharacters}</td>
                <td className="py-1 text-right tabular-nums">{row.activeMinutes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="mt-1 text-xs text-stone-600">Characters that survive in the text, characters deleted, minutes active.</p>
    </section>
  );
}
