"use client";

import { useState } from "react";
import { positionKeysOf, type AssignmentDraft, type DraftDescription, type DraftTeam } from "@/components/debate/assignment/assignment-draft";
import { theoryAccent } from "@/components/course/theory-accent";
import { pluralize } from "@/components/format/labels";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { classNames } from "@/components/ui/class-names";
import { controlSkinClasses } from "@/components/ui/form-field";

type TeamTableProps = {
  team: DraftTeam;
  teamNumber: number;
  draft: AssignmentDraft;
  /** Notes on the teams as they are now (describeDraft), not as Stoa proposed them. */
  notes: DraftDescription["notes"];
  positionNames: Record<string, string>;
  onMove: (studentId: string, targetTeamKey: string) => void;
  onSwap: (studentId: string, otherId: string) => void;
  onTogglePin: (studentId: string) => void;
  onExclude: (studentId: string) => void;
};

/** One team: each member with their history, and controls to move, swap, pin or leave them out. */
export function TeamTable({ team, teamNumber, draft, notes, positionNames, onMove, onSwap, onTogglePin, onExclude }: TeamTableProps) {
  const headingId = `team-${teamNumber}-heading`;
  const positionKeys = positionKeysOf(draft);
  const positionIndex = positionKeys.indexOf(team.theoryKey);
  const members = [...team.studentIds].sort((left, right) => (draft.students[left]?.name ?? "").localeCompare(draft.students[right]?.name ?? ""));
  const positionName = positionNames[team.theoryKey] ?? team.theoryKey;

  return (
    <section aria-labelledby={headingId} className={classNames("rounded-lg border border-l-4 border-stone-200 bg-white shadow-sm", theoryAccent(positionIndex, "left"))}>
      <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-stone-200 px-5 py-3">
        <h3 id={headingId} className="font-serif text-lg font-semibold text-stone-950">
          {team.name}
          {team.name !== positionName ? <span className="ml-2 font-sans text-sm font-normal text-stone-700">argues {positionName}</span> : null}
        </h3>
        <span className={classNames("text-sm", members.length === 0 ? "font-medium text-red-800" : "text-stone-700")}>
          {members.length === 0 ? "No members yet" : pluralize(members.length, "member")}
        </span>
      </div>
      {members.length === 0 ? (
        <p className="px-5 py-4 text-sm text-stone-700">Move a student here, or this team cannot be published.</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full min-w-[56rem] text-left text-sm">
            <caption className="sr-only">
              Members of {team.name}, their earlier positions and teammates, and actions
            </caption>
            <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
              <tr>
                <th scope="col" className="px-5 py-2 font-semibold">Student</th>
                <th scope="col" className="px-3 py-2 font-semibold">Argued before</th>
                <th scope="col" className="px-3 py-2 font-semibold">Notes</th>
                <th scope="col" className="px-5 py-2 font-semibold">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-stone-200">
              {members.map((studentId) => (
                <StudentRow
                  key={studentId}
                  studentId={studentId}
                  team={team}
                  draft={draft}
                  notes={notes}
                  positionKeys={positionKeys}
                  positionNames={positionNames}
                  onMove={onMove}
                  onSwap={onSwap}
                  onTogglePin={onTogglePin}
                  onExclude={onExclude}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

type StudentRowProps = Omit<TeamTableProps, "teamNumber"> & { studentId: string; positionKeys: string[] };

function StudentRow({ studentId, team, draft, notes, positionKeys, positionNames, onMove, onSwap, onTogglePin, onExclude }: StudentRowProps) {
  const student = draft.students[studentId];
  const name = student?.name ?? "";
  const isPinned = draft.pinnedIds.includes(studentId);
  const isMoved = draft.movedIds.includes(studentId);
  const studentNotes = notes[studentId];
  const repeated = studentNotes?.repeatedTeammates ?? [];
  const nameOf = (id: string) => draft.students[id]?.name ?? id;
  const leastArgued = (studentNotes?.leastArguedPositions ?? []).map((key) => positionNames[key] ?? key);
  const otherTeams = draft.teams.filter((candidate) => candidate.key !== team.key);
  // Swapping is two steps (choose, then press Swap), so arrowing through the list moves nobody.
  const [swapWith, setSwapWith] = useState("");

  return (
    <tr className="align-top">
      <th scope="row" className="px-5 py-3 font-medium whitespace-nowrap text-stone-950">
        {name}
      </th>
      <td className="px-3 py-3">
        <ul className="flex flex-wrap gap-x-3 gap-y-1 text-stone-800">
          {positionKeys.map((key) => (
            <li key={key} className={key === team.theoryKey ? "font-semibold text-stone-950" : undefined}>
              {positionNames[key] ?? key} <span className="tabular-nums">{studentNotes?.timesArgued[key] ?? 0}×</span>
            </li>
          ))}
        </ul>
      </td>
      <td className="px-3 py-3">
        <div className="flex flex-wrap gap-1.5">
          {studentNotes?.isOnLeastArguedPosition ? (
            <Badge tone="emerald">Least-argued position</Badge>
          ) : (
            <Badge tone="amber">
              Argued {positionNames[team.theoryKey] ?? team.theoryKey} {studentNotes?.timesArguedHere ?? 0}× before
            </Badge>
          )}
          {isPinned ? <Badge tone="violet">Pinned</Badge> : null}
          {isMoved ? <Badge tone="sky">Placed by you</Badge> : null}
        </div>
        {studentNotes && !studentNotes.isOnLeastArguedPosition ? (
          <p className="mt-1.5 text-xs text-stone-700">Least argued: {leastArgued.join(", ")}</p>
        ) : null}
        {repeated.length > 0 ? (
          <p className="mt-1.5 text-xs text-stone-700">
            Teamed before with {repeated.map((teammate) => `${nameOf(teammate.studentId)} (${teammate.timesTogether}×)`).join(", ")}
          </p>
        ) : null}
      </td>
      <td className="px-5 py-3">
        <div className="flex flex-col items-end gap-2">
          <div className="flex items-center gap-2">
            <label htmlFor={`move-${studentId}`} className="sr-only">
              Team for {name}
            </label>
            <select
              id={`move-${studentId}`}
              value={team.key}
              onChange={(event) => onMove(studentId, event.target.value)}
              className={`${controlSkinClasses} w-48 py-1.5 pr-8`}
            >
              {draft.teams.map((candidate) => (
                <option key={candidate.key} value={candidate.key}>
                  {candidate.key === team.key ? candidate.name : `Move to ${candidate.name}`}
                </option>
              ))}
            </select>
            <Button
              variant="secondary"
              size="sm"
              aria-pressed={isPinned}
              aria-label={`Pin ${name}`}
              title={isPinned ? "Pinned: a re-roll keeps this student on this position" : "Keep this student on this position when re-rolling"}
              className={isPinned ? "border-violet-400 bg-violet-50 text-violet-950 hover:bg-violet-100" : undefined}
              onClick={() => onTogglePin(studentId)}
            >
              Pin
            </Button>
            <Button variant="danger" size="sm" aria-label={`Leave out ${name}`} className="whitespace-nowrap" onClick={() => onExclude(studentId)}>
              Leave out
            </Button>
          </div>
          {otherTeams.some((candidate) => candidate.studentIds.length > 0) ? (
            <div className="flex items-center gap-2">
              <label htmlFor={`swap-${studentId}`} className="sr-only">
                Swap {name} with
              </label>
              <select id={`swap-${studentId}`} value={swapWith} onChange={(event) => setSwapWith(event.target.value)} className={`${controlSkinClasses} w-48 py-1.5 pr-8`}>
                <option value="">Swap with…</option>
                {otherTeams.map((candidate) => (
                  <optgroup key={candidate.key} label={candidate.name}>
                    {candidate.studentIds.map((otherId) => (
                      <option key={otherId} value={otherId}>
                        {draft.students[otherId]?.name ?? otherId}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
              <Button variant="secondary" size="sm" aria-label={`Swap ${name}`} disabled={!swapWith} onClick={() => onSwap(studentId, swapWith)}>
                Swap
              </Button>
            </div>
          ) : null}
        </div>
      </td>
    </tr>
  );
}
