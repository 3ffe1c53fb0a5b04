"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { NoRubricYet } from "@/components/grading/no-rubric-yet";
import { RubricOptions } from "@/components/grading/rubric-options";
import type { RubricSummary } from "@/components/grading/types";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/form-field";

type ThreadRubricPickerProps = { courseId: string; threadId: string; threadTitle: string; currentRubricId: string | null; rubrics: RubricSummary[] };

/** Grades participation in a seminar thread with one of the course's rubrics (instructors). */
export function ThreadRubricPicker({ courseId, threadId, threadTitle, currentRubricId, rubrics }: ThreadRubricPickerProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const attach = useMutation(trpc.rubric.attachThread.mutationOptions());
  const [rubricId, setRubricId] = useState(rubrics.some((rubric) => rubric.id === currentRubricId) ? currentRubricId! : (rubrics[0]?.id ?? ""));
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");

  if (rubrics.length === 0) return <NoRubricYet courseId={courseId} />;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus("");
    setError("");
    attach.mutate(
      { courseId, threadId, rubricId },
      {
        onSuccess: () => {
          setStatus(`${rubrics.find((rubric) => rubric.id === rubricId)?.title ?? "The rubric"} grades this thread now.`);
          router.refresh();
        },
        onError: (caught) => setError(formErrorMessage(caught)),
      },
    );
  }

  return (
    <form onSubmit={onSubmit} aria-label={`Attach a rubric to ${threadTitle}`} className="space-y-3 rounded-md border border-stone-200 bg-stone-50 p-4">
      <div className="grid gap-3 sm:grid-cols-[1fr_auto] sm:items-end">
        <SelectField label="Rubric for participation" value={rubricId} onChange={(event) => setRubricId(event.target.value)}>
          <RubricOptions rubrics={rubrics} />
        </SelectField>
        <Button type="submit" variant="secondary" isBusy={attach.isPending} disabled={rubricId === currentRubricId}>
          {currentRubricId ? "Change rubric" : "Attach rubric"}
        </Button>
      </div>
      <p className="text-xs text-stone-600">Students already graded keep the rubric their grades were given with.</p>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <StatusMessage>{status}</StatusMessage>
    </form>
  );
}
