"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import {
  describeDraft,
  draftFromPreview,
  excludeStudent,
  includeStudent,
  moveStudent,
  pinsOf,
  publishInputOf,
  swapStudents,
  togglePin,
  type AssignmentDraft,
} from "@/components/debate/assignment/assignment-draft";
import { TeamTable } from "@/components/debate/assignment/team-table";
import { ConfirmAction } from "@/components/debate/confirm-action";
import { debatePaths } from "@/components/debate/paths";
import type { AssignmentPreview, DebatePosition } from "@/components/debate/types";
import { pluralize } from "@/components/format/labels";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SectionHeading } from "@/components/ui/page-header";

type AssignmentEditorProps = {
  courseId: string;
  debateId: string;
  positions: DebatePosition[];
  initialPreview: AssignmentPreview;
};

/** Where keyboard focus goes after a row moved to another table. */
type FocusRequest = { elementId: string; serial: number };

export function AssignmentEditor({ courseId, debateId, positions, initialPreview }: AssignmentEditorProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const publish = useMutation(trpc.debate.publishAssignment.mutationOptions());
  const [proposal, setProposal] = useState(() => draftFromPreview(initialPreview));
  const [draft, setDraft] = useState(proposal);
  const [isProposing, setIsProposing] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  useEffect(() => {
    if (focusRequest) document.getElementById(focusRequest.elementId)?.focus();
  }, [focusRequest]);

  // Recomputed from the teams on screen at every edit, so the notes never describe a stale layout.
  const { notes, totals: summary } = describeDraft(draft);
  const hasChanges = draft !== proposal;
  const nameOf = (studentId: string) => draft.students[studentId]?.name ?? "The student";
  const teamName = (key: string) => draft.teams.find((team) => team.key === key)?.name ?? "";

  function apply(next: AssignmentDraft, message: string, focusElementId?: string) {
    setDraft(next);
    setError("");
    setStatus(message);
    if (focusElementId) setFocusRequest((current) => ({ elementId: focusElementId, serial: (current?.serial ?? 0) + 1 }));
  }

  async function onPropose(seed: number, message: string) {
    setIsProposing(true);
    setError("");
    setStatus("");
    try {
      const preview = await queryClient.fetchQuery(
        trpc.debate.previewAssignment.queryOptions({ courseId, debateId, pins: pinsOf(draft), excludedStudentIds: draft.excludedIds, seed }),
      );
      const next = draftFromPreview(preview);
      setProposal(next);
      setDraft(next);
      setStatus(message);
    } catch (caught) {
      setError(`Stoa could not propose new teams: ${formErrorMessage(caught)}`);
    } finally {
      setIsProposing(false);
    }
  }

  function onReroll() {
    const seed = Math.floor(Math.random() * 2 ** 31);
    void onPropose(seed, `New proposal (seed ${seed}). Pinned students kept their positions.`);
  }

  function onPublish() {
    setError("");
    setStatus("");
    if (summary.emptyTeams.length > 0) {
      setError(`Every team needs at least one student: ${summary.emptyTeams.map((team) => team.name).join(", ")} ${summary.emptyTeams.length === 1 ? "is" : "are"} empty.`);
      return;
    }
    publish.mutate(
      { courseId, debateId, ...publishInputOf(draft) },
      {
        onSuccess: () => router.push(debatePaths.debate(courseId, debateId)),
        onError: (caught) => setError(`The teams were not published: ${formErrorMessage(caught)}`),
      },
    );
  }

  const positionNames = Object.fromEntries(positions.map((position) => [position.key, position.name]));

  return (
    <div className="space-y-8">
      <section aria-labelledby="proposal-heading" className="rounded-lg border border-stone-200 bg-white p-6 shadow-sm">
        <SectionHeading id="proposal-heading">Proposal</SectionHeading>
        <dl className="grid gap-4 text-sm sm:grid-cols-2 lg:grid-cols-4">
          <SummaryItem label="Students on teams" value={`${summary.placed}${summary.excluded ? ` (${summary.excluded} left out)` : ""}`} />
          <SummaryItem label="Team sizes" value={summary.smallestTeam === summary.largestTeam ? `${summary.smallestTeam}` : `${summary.smallestTeam}–${summary.largestTeam}`} />
          <SummaryItem label="On their least-argued position" value={`${summary.studentsOnLeastArguedPosition} of ${summary.placed}`} />
          <SummaryItem
            label="Repeated teammate pairs"
            value={summary.repeatedPairs === 0 ? "0" : `${summary.repeatedPairs} (${summary.repeatedPairTimes}× together before)`}
          />
        </dl>
        <p className="mt-4 text-sm text-stone-700">
          Stoa balances team sizes, puts each student on the theory they have argued least in earlier debates, and keeps repeated teammates few.
          Move, swap, pin or leave out students, then publish. Moved students are pinned, so a re-roll keeps them on their position.
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-2">
          <Button variant="secondary" onClick={onReroll} isBusy={isProposing} disabled={publish.isPending}>
            Re-roll
          </Button>
          <span className="text-sm text-stone-700">
            Seed <span className="font-mono tabular-nums">{draft.seed}</span>
          </span>
          <Button variant="quiet" onClick={() => apply(proposal, "Your changes were undone.")} disabled={!hasChanges || isProposing}>
            Undo my changes
          </Button>
          <div className="ml-auto">
            <ConfirmAction
              title="Publish these teams?"
              description={
                <>
                  <p>
                    Students see their positions and teams at once, and rounds run on their schedule. The teams cannot be changed after publishing.
                  </p>
                  <p className="mt-2">
                    {pluralize(summary.placed, "student")} on {pluralize(draft.teams.length, "team")}
                    {summary.excluded ? `, ${summary.excluded} left out` : ""}.
                  </p>
                </>
              }
              confirmLabel="Publish teams"
              confirmVariant="primary"
              variant="primary"
              size="md"
              isBusy={publish.isPending}
              disabled={isProposing}
              onConfirm={onPublish}
            >
              Publish teams
            </ConfirmAction>
          </div>
        </div>
        <div className="mt-3 space-y-2">
          <StatusMessage>{status}</StatusMessage>
          {error ? <ErrorAlert>{error}</ErrorAlert> : null}
          {!summary.isBalanced ? (
            <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
              Team sizes differ by more than one ({summary.smallestTeam} to {summary.largestTeam} students). You can still publish.
            </p>
          ) : null}
        </div>
      </section>

      <section aria-labelledby="teams-heading" aria-busy={isProposing || undefined}>
        <SectionHeading id="teams-heading">Teams</SectionHeading>
        <div className="space-y-6">
          {draft.teams.map((team, index) => (
            <TeamTable
              key={team.key}
              team={team}
              teamNumber={index}
              draft={draft}
              notes={notes}
              positionNames={positionNames}
              onMove={(studentId, targetKey) =>
                apply(moveStudent(draft, studentId, targetKey), `${nameOf(studentId)} moved to ${teamName(targetKey)} and pinned there.`, `move-${studentId}`)
              }
              onSwap={(studentId, otherId) =>
                apply(
                  swapStudents(draft, studentId, otherId),
                  `${nameOf(studentId)} and ${nameOf(otherId)} swapped teams.`,
                  `move-${studentId}`,
                )
              }
              onTogglePin={(studentId) =>
                apply(togglePin(draft, studentId), draft.pinnedIds.includes(studentId) ? `${nameOf(studentId)} is no longer pinned.` : `${nameOf(studentId)} is pinned to ${team.name}'s position.`)
              }
              onExclude={(studentId) => apply(excludeStudent(draft, studentId), `${nameOf(studentId)} is left out of this debate.`, "excluded-heading")}
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="excluded-heading" className="rounded-lg border border-stone-200 bg-white p-6">
        <h2 id="excluded-heading" tabIndex={-1} className="font-serif text-xl font-semibold text-stone-950 outline-none">
          Left out <span className="font-sans text-sm font-normal text-stone-700">({draft.excludedIds.length})</span>
        </h2>
        {draft.excludedIds.length === 0 ? (
          <p className="mt-2 text-sm text-stone-700">Every student is on a team. Leave a student out when they cannot take part; they can still vote as audience.</p>
        ) : (
          <ul className="mt-3 divide-y divide-stone-200">
            {draft.excludedIds.map((studentId) => (
              <li key={studentId} className="flex items-center justify-between gap-3 py-2">
                <span className="text-sm font-medium text-stone-900">{nameOf(studentId)}</span>
                <Button
                  variant="secondary"
                  size="sm"
                  aria-label={`Include ${nameOf(studentId)}`}
                  onClick={() => {
                    const next = includeStudent(draft, studentId);
                    const team = next.teams.find((candidate) => candidate.studentIds.includes(studentId));
                    apply(next, `${nameOf(studentId)} is back, on ${team?.name ?? "a team"}.`, `move-${studentId}`);
                  }}
                >
                  Include
                </Button>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function SummaryItem({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-md bg-stone-50 p-3">
      <dt className="text-stone-700">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-stone-950 tabular-nums">{value}</dd>
    </div>
  );
}
