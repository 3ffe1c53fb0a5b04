import { LocalTime } from "@/components/debate/local-time";
import type { GradeChangeEntry } from "@/components/grading/types";
import { SectionHeading } from "@/components/ui/page-header";

const shown = (value: string | null) => (value === null ? <span className="text-stone-500">(none)</span> : value);

/** Every recorded change to a grade, newest first: when, who, which field, old → new. */
export function GradeHistory({ changes }: { changes: GradeChangeEntry[] }) {
  return (
    <section aria-labelledby="history-heading" className="space-y-3">
      <SectionHeading id="history-heading">Grade history</SectionHeading>
      {changes.length === 0 ? (
        <p className="text-sm text-stone-700">No changes yet: the history starts with the first save.</p>
      ) : (
        <div tabIndex={0} role="region" aria-label="Grade changes, newest first" className="max-h-96 overflow-y-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="sticky top-0 bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  When
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Who
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Change
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-100">
              {[...changes].reverse().map((change) => (
                <tr key={change.id} className="align-top">
                  <td className="px-3 py-2 whitespace-nowrap text-stone-700">
                    <LocalTime date={change.createdAt} />
                  </td>
                  <td className="px-3 py-2 text-stone-800">{change.actor?.name ?? "Someone since removed"}</td>
                  <td className="px-3 py-2 text-stone-900">
                    <span className="font-medium">{change.field}</span>: {shown(change.oldValue)} <span aria-hidden="true">→</span>
                    <span className="sr-only">changed to</span> {shown(change.newValue)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
