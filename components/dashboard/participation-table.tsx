"use client";

import { useState } from "react";
import { LocalTime } from "@/components/debate/local-time";
import type { DashboardStudent } from "@/components/dashboard/types";
import { pluralize } from "@/components/format/labels";
import { Badge } from "@/components/ui/badge";
import { CheckboxField } from "@/components/ui/checkbox-field";

type SortKey = "name" | "words" | "posts" | "ballots" | "debates" | "lastActivityAt";
type Sort = { key: SortKey; isAscending: boolean };

const columns: { key: SortKey; label: string; isNumeric: boolean }[] = [
  { key: "name", label: "Student", isNumeric: false },
  { key: "words", label: "Words", isNumeric: true },
  { key: "posts", label: "Posts", isNumeric: true },
  { key: "ballots", label: "Ballots", isNumeric: true },
  { key: "debates", label: "Debates", isNumeric: true },
  { key: "lastActivityAt", label: "Last activity", isNumeric: false },
];

function compare(left: DashboardStudent, right: DashboardStudent, key: SortKey): number {
  if (key === "name") return left.name.localeCompare(right.name);
  if (key === "lastActivityAt") return (left.lastActivityAt?.getTime() ?? -Infinity) - (right.lastActivityAt?.getTime() ?? -Infinity);
  return left[key] - right[key];
}

/** Participation per student, sortable by any column, with the inactive flagged in words. */
export function ParticipationTable({ students, inactiveDays }: { students: DashboardStudent[]; inactiveDays: number }) {
  const [sort, setSort] = useState<Sort>({ key: "name", isAscending: true });
  const [isInactiveOnly, setIsInactiveOnly] = useState(false);
  const shown = [...students]
    .filter((student) => !isInactiveOnly || student.isInactive)
    .sort((left, right) => (sort.isAscending ? 1 : -1) * compare(left, right, sort.key) || left.name.localeCompare(right.name));
  const inactiveCount = students.filter((student) => student.isInactive).length;
  const onSort = (key: SortKey) => setSort((current) => ({ key, isAscending: current.key === key ? !current.isAscending : key === "name" }));
  const sortLabel = columns.find((column) => column.key === sort.key)!.label.toLowerCase();

  return (
    <div className="space-y-3">
      <CheckboxField
        label={`Show only inactive students (${inactiveCount})`}
        checked={isInactiveOnly}
        onChange={(event) => setIsInactiveOnly(event.currentTarget.checked)}
      />
      <p role="status" className="sr-only">
        {pluralize(shown.length, "student")} shown, sorted by {sortLabel}, {sort.isAscending ? "ascending" : "descending"}
      </p>
      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
        <table className="w-full min-w-[44rem] text-left text-sm">
          <caption className="sr-only">Participation per student; column headers sort the table</caption>
          <thead className="border-b border-stone-300 text-stone-700">
            <tr>
              {columns.map((column) => {
                const isSorted = sort.key === column.key;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    aria-sort={isSorted ? (sort.isAscending ? "ascending" : "descending") : undefined}
                    className={`py-1 pr-4 font-semibold ${column.isNumeric ? "text-right" : ""}`}
                  >
                    <button type="button" onClick={() => onSort(column.key)} className="inline-flex items-center gap-1 rounded px-1 py-1 hover:bg-stone-100 hover:text-stone-950">
                      {column.label}
                      <span aria-hidden="true" className="text-xs">{isSorted ? (sort.isAscending ? "▲" : "▼") : "↕"}</span>
                    </button>
                  </th>
                );
              })}
              <th scope="col" className="py-1 pr-4 font-semibold">Status</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {shown.map((student) => (
              <tr key={student.userId} className={student.isInactive ? "bg-rose-50/40" : undefined}>
                <th scope="row" className="py-2 pr-4 font-medium text-stone-950">{student.name}</th>
                <td className="py-2 pr-4 text-right tabular-nums text-stone-900">
                  {student.words}
                  <span className="block text-xs text-stone-700">
                    {student.argumentWords} in arguments, {student.postWords} in posts
                  </span>
                </td>
                <td className="py-2 pr-4 text-right tabular-nums text-stone-900">
                  {student.posts}
                  <span className="block text-xs text-stone-700">{pluralize(student.replies, "reply", "replies")}</span>
                </td>
                <td className="py-2 pr-4 text-right tabular-nums text-stone-900">{student.ballots}</td>
                <td className="py-2 pr-4 text-right tabular-nums text-stone-900">{student.debates}</td>
                <td className="py-2 pr-4 text-stone-800">{student.lastActivityAt ? <LocalTime date={student.lastActivityAt} /> : "Never"}</td>
                <td className="py-2 pr-4">
                  {student.isInactive ? (
                    <Badge tone="rose">
                      <span aria-hidden="true">⚠&nbsp;</span>No activity in {pluralize(inactiveDays, "day")}
                    </Badge>
                  ) : (
                    <span className="text-stone-700">Active</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {shown.length === 0 ? <p className="py-3 text-sm text-stone-700">No student has gone {pluralize(inactiveDays, "day")} without activity.</p> : null}
      </div>
    </div>
  );
}
