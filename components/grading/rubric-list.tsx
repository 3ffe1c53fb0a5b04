"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { gradingPaths } from "@/components/grading/paths";
import type { RubricSummary } from "@/components/grading/types";
import { pluralize } from "@/components/format/labels";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

type RubricListProps = { courseId: string; rubrics: RubricSummary[]; canEdit: boolean };

/** The course's rubrics (each at its latest version), to open, or to duplicate and reuse. */
export function RubricList({ courseId, rubrics, canEdit }: RubricListProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const duplicate = useMutation(trpc.rubric.duplicate.mutationOptions());
  const [error, setError] = useState("");

  function onDuplicate(rubric: RubricSummary) {
    setError("");
    duplicate.mutate(
      { courseId, rubricId: rubric.id },
      {
        onSuccess: (copy) => {
          void queryClient.invalidateQueries({ queryKey: trpc.rubric.list.queryKey({ courseId }) });
          router.push(`${gradingPaths.rubric(courseId, copy.id)}?saved=copied`);
        },
        onError: (caught) => setError(formErrorMessage(caught)),
      },
    );
  }

  if (rubrics.length === 0) {
    return (
      <EmptyState title="No rubrics yet">{canEdit ? "Create one to grade the debates' arguments with." : "The instructor has not made any rubrics yet."}</EmptyState>
    );
  }

  return (
    <div className="space-y-3">
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {rubrics.map((rubric) => (
          <li key={rubric.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0">
              <p className="flex flex-wrap items-center gap-2">
                <Link href={gradingPaths.rubric(courseId, rubric.id)} className="font-medium text-teal-900 underline-offset-2 hover:underline">
                  {rubric.title}
                </Link>
                <Badge tone="stone">Version {rubric.version}</Badge>
                {rubric.isLocked ? <Badge tone="amber">Locked</Badge> : null}
              </p>
              <p className="mt-1 text-sm text-stone-700">
                {pluralize(rubric.criterionCount, "criterion", "criteria")} · {rubric.totalPoints} points
                {rubric.isLocked ? " · in use: editing makes a new version" : ""}
              </p>
            </div>
            {canEdit ? (
              <Button
                variant="secondary"
                size="sm"
                aria-label={`Duplicate: ${rubric.title}`}
                isBusy={duplicate.isPending && duplicate.variables?.rubricId === rubric.id}
                disabled={duplicate.isPending}
                onClick={() => onDuplicate(rubric)}
              >
                Duplicate
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
