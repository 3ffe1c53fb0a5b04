"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { pluralize } from "@/components/format/labels";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert } from "@/components/ui/alert";
import { ConfirmButton } from "@/components/ui/confirm-dialog";

type ReleaseThreadGradesProps = { courseId: string; threadId: string; threadTitle: string; finalCount: number; draftCount: number };

/** Lets the thread's students see their final participation grades (instructors; cannot be undone). */
export function ReleaseThreadGrades({ courseId, threadId, threadTitle, finalCount, draftCount }: ReleaseThreadGradesProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const release = useMutation(trpc.grade.releaseThread.mutationOptions());
  const [error, setError] = useState("");

  return (
    <div className="space-y-2">
      <ConfirmButton
        variant="secondary"
        size="md"
        label={`Release grades: ${threadTitle}`}
        title={`Release participation grades for ${threadTitle}?`}
        description={
          <>
            <p>
              {finalCount === 0
                ? "No grade is final yet: students will see grades as you finalize them."
                : `${pluralize(finalCount, "final grade")} become visible to their students, who are notified.`}
            </p>
            {draftCount > 0 ? <p className="mt-2">{pluralize(draftCount, "draft")} stay hidden until you finalize them.</p> : null}
            <p className="mt-2">Release cannot be undone; later changes show to students as regrades.</p>
          </>
        }
        confirmLabel="Release grades"
        confirmVariant="primary"
        isBusy={release.isPending}
        onConfirm={() => {
          setError("");
          release.mutate({ courseId, threadId }, { onSuccess: () => router.refresh(), onError: (caught) => setError(formErrorMessage(caught)) });
        }}
      >
        Release grades
      </ConfirmButton>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </div>
  );
}
