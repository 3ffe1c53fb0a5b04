"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { pluralize } from "@/components/format/labels";
import { formErrorMessage } from "@/components/trpc/errors";
import { ErrorAlert } from "@/components/ui/alert";
import { ConfirmButton } from "@/components/ui/confirm-dialog";

type ReleaseHandlers = { onSuccess: () => void; onError: (error: unknown) => void };

type ReleaseGradesButtonProps = {
  /** What is released, as its title: a debate or a seminar thread. */
  subject: string;
  dialogTitle: string;
  finalCount: number;
  draftCount: number;
  isBusy: boolean;
  /** Runs the release mutation (a debate's or a thread's) with these handlers. */
  release: (handlers: ReleaseHandlers) => void;
};

/** Lets students see their final grades, after a confirmation: releasing cannot be undone. */
export function ReleaseGradesButton({ subject, dialogTitle, finalCount, draftCount, isBusy, release }: ReleaseGradesButtonProps) {
  const router = useRouter();
  const [error, setError] = useState("");

  return (
    <div className="space-y-2">
      <ConfirmButton
        variant="secondary"
        size="md"
        label={`Release grades: ${subject}`}
        title={dialogTitle}
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
        isBusy={isBusy}
        onConfirm={() => {
          setError("");
          release({ onSuccess: () => router.refresh(), onError: (caught) => setError(formErrorMessage(caught)) });
        }}
      >
        Release grades
      </ConfirmButton>
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
    </div>
  );
}
