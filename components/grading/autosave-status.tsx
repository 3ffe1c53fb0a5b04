"use client";

import type { GradeAutosave } from "@/components/grading/use-grade-autosave";
import { formErrorMessage } from "@/components/trpc/errors";
import { Button } from "@/components/ui/button";
import { classNames } from "@/components/ui/class-names";

type AutosaveStatusProps = {
  autosave: GradeAutosave;
  /** Whether anything is stored yet: before the first change, "Saved" for a stored grade, "Not saved yet" for a new one. */
  hasStoredGrade: boolean;
  className?: string;
};

/** "Saving…", "Saved" or "Couldn't save" (with why, and a retry), announced politely as it changes. */
export function AutosaveStatus({ autosave, hasStoredGrade, className }: AutosaveStatusProps) {
  const { status, error, hasUnsavedChanges, flush } = autosave;
  const isFailed = status === "error";
  const text = isFailed
    ? "Couldn't save"
    : status === "saving" || hasUnsavedChanges
      ? "Saving…"
      : status === "saved" || hasStoredGrade
        ? "Saved"
        : "Not saved yet: changes save as you grade";
  return (
    <div className={classNames("flex flex-wrap items-center gap-2", className)}>
      <p role="status" className={classNames("text-sm font-medium", isFailed ? "text-red-800" : "text-stone-700")}>
        {text}
        {isFailed ? <span className="font-normal">: {formErrorMessage(error)}</span> : null}
      </p>
      {isFailed ? (
        <Button variant="secondary" size="sm" onClick={() => void flush().catch(() => undefined)}>
          Try again
        </Button>
      ) : null}
    </div>
  );
}
