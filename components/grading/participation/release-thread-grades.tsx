"use client";

import { useMutation } from "@tanstack/react-query";
import { ReleaseGradesButton } from "@/components/grading/release-grades-button";
import { useTRPC } from "@/components/trpc/react";

type ReleaseThreadGradesProps = { courseId: string; threadId: string; threadTitle: string; finalCount: number; draftCount: number };

/** Lets the thread's students see their final participation grades (instructors; cannot be undone). */
export function ReleaseThreadGrades({ courseId, threadId, threadTitle, finalCount, draftCount }: ReleaseThreadGradesProps) {
  const trpc = useTRPC();
  const release = useMutation(trpc.grade.releaseThread.mutationOptions());
  return (
    <ReleaseGradesButton
      subject={threadTitle}
      dialogTitle={`Release participation grades for ${threadTitle}?`}
      finalCount={finalCount}
      draftCount={draftCount}
      isBusy={release.isPending}
      release={(handlers) => release.mutate({ courseId, threadId }, handlers)}
    />
  );
}
