"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { moveItem, useMoveFocus, type MoveDirection } from "@/components/authoring/move-focus";
import { MoveButtons } from "@/components/authoring/move-buttons";
import { formatPeriod } from "@/components/format/period";
import { pluralize } from "@/components/format/labels";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button-link";
import { buttonClasses } from "@/components/ui/button-classes";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/page-header";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import type { CaseSummary, CourseDetail } from "@/components/trpc/types";

type CaseManagerProps = { courseId: string; initialCourse: CourseDetail };

function byPosition(cases: CaseSummary[]): CaseSummary[] {
  return [...cases].sort((a, b) => a.position - b.position);
}

/** The instructor's list of cases: order them, open one to edit, or delete it. */
export function CaseManager({ courseId, initialCourse }: CaseManagerProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const courseQueryKey = trpc.course.get.queryKey({ courseId });
  const { data: course } = useQuery(trpc.course.get.queryOptions({ courseId }, { initialData: initialCourse }));
  const cases = byPosition(course.cases);
  const ids = cases.map((item) => item.id);
  const { registerButton, focusAfterMove } = useMoveFocus(ids);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");

  const reorder = useMutation(trpc.case.reorder.mutationOptions());
  const remove = useMutation(trpc.case.delete.mutationOptions());

  function refreshCourse() {
    // Another move may still be in flight; refetching now would briefly undo it on screen.
    if (queryClient.isMutating({ mutationKey: trpc.case.reorder.mutationKey() }) <= 1) {
      void queryClient.invalidateQueries({ queryKey: courseQueryKey });
    }
  }

  function onMove(item: CaseSummary, index: number, direction: MoveDirection) {
    const nextIds = moveItem(ids, index, direction);
    const newIndex = nextIds.indexOf(item.id);
    const previous = queryClient.getQueryData(courseQueryKey);
    queryClient.setQueryData(courseQueryKey, (old) =>
      old ? { ...old, cases: old.cases.map((entry) => ({ ...entry, position: nextIds.indexOf(entry.id) })) } : old,
    );
    focusAfterMove(item.id, direction, newIndex);
    setError("");
    setStatus(`Moved “${item.title}” to position ${newIndex + 1} of ${ids.length}.`);
    reorder.mutate(
      { courseId, caseIds: nextIds },
      {
        onError: (caught) => {
          queryClient.setQueryData(courseQueryKey, previous);
          setStatus("");
          setError(`Could not reorder the cases: ${formErrorMessage(caught)}`);
        },
        onSettled: refreshCourse,
      },
    );
  }

  function onDelete(item: CaseSummary) {
    setError("");
    remove.mutate(
      { courseId, caseId: item.id },
      {
        onSuccess: () => setStatus(`Deleted “${item.title}”.`),
        onError: (caught) => setError(`Could not delete “${item.title}”: ${formErrorMessage(caught)}`),
        onSettled: () => void queryClient.invalidateQueries({ queryKey: courseQueryKey }),
      },
    );
  }

  return (
    <section aria-labelledby="authoring-cases-heading">
      <SectionHeading
        id="authoring-cases-heading"
        actions={
          <div className="flex flex-wrap items-center gap-3">
            <StatusMessage>{status}</StatusMessage>
            <ButtonLink href={`/courses/${courseId}/authoring/cases/new`} size="sm">
              Add a case
            </ButtonLink>
          </div>
        }
      >
        Cases
      </SectionHeading>
      {error ? <ErrorAlert className="mb-3">{error}</ErrorAlert> : null}
      {cases.length === 0 ? (
        <EmptyState title="No cases yet">Add a case: a period, a summary, its key events and sources. Then write prompts for it.</EmptyState>
      ) : (
        <ol className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {cases.map((item, index) => (
            <li key={item.id} className="flex flex-col gap-3 p-4 md:flex-row md:items-center">
              <span aria-hidden="true" className="w-8 font-serif text-lg font-semibold text-stone-500 tabular-nums">
                {index + 1}
              </span>
              <div className="min-w-0 flex-1">
                <p className="font-medium text-stone-950">{item.title}</p>
                <p className="text-sm text-stone-700">
                  <span className="tabular-nums">{formatPeriod(item.periodStart, item.periodEnd)}</span> ·{" "}
                  {pluralize(item.postedPromptCounts.debate + item.postedPromptCounts.seminar, "posted prompt")}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <MoveButtons
                  itemLabel={item.title}
                  index={index}
                  count={cases.length}
                  onMove={(direction) => onMove(item, index, direction)}
                  registerButton={(direction) => registerButton(item.id, direction)}
                />
                <Link href={`/courses/${courseId}/authoring/cases/${item.id}`} aria-label={`Edit: ${item.title}`} className={buttonClasses("secondary", "sm")}>
                  Edit
                </Link>
                <ConfirmButton
                  label={`Delete: ${item.title}`}
                  title={`Delete “${item.title}”?`}
                  description="The case and all of its prompts, drafts included, are deleted. This cannot be undone."
                  confirmLabel="Delete case"
                  isBusy={remove.isPending && remove.variables?.caseId === item.id}
                  onConfirm={() => onDelete(item)}
                >
                  Delete
                </ConfirmButton>
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
