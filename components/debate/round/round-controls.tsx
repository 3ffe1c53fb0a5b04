"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, type FormEvent } from "react";
import { ConfirmAction } from "@/components/debate/confirm-action";
import { withoutFieldPrefix } from "@/components/debate/setup/setup-draft";
import { fromDateTimeLocal, toDateTimeLocal } from "@/components/debate/time";
import type { RoundAction, RoundState } from "@/components/debate/types";
import { fieldErrorsOf, formErrorMessage, type FieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/form-field";

type RoundControlsProps = {
  courseId: string;
  round: { id: string; name: string; state: RoundState; locksAt: Date; hasVoting: boolean };
  isDraft: boolean;
  /** Rounds follow one another: one opens early only once the round before has locked. */
  isPreviousRoundLocked: boolean;
};

type OpenForm = "extend" | "reopen" | null;

const day = 24 * 3_600_000;

const doneMessages: Record<RoundAction["type"], (name: string) => string> = {
  openNow: (name) => `${name} is open: teams can write now.`,
  extendDeadline: (name) => `${name} has a new deadline.`,
  lockNow: (name) => `${name} is locked and every team's argument is frozen.`,
  reopen: (name) => `${name} is open again; students see your reason.`,
  closeVoting: (name) => `Voting on ${name} is closed; the results are out.`,
};

/** An instructor's controls for one round: what the round's state allows, each with a check first. */
export function RoundControls({ courseId, round, isDraft, isPreviousRoundLocked }: RoundControlsProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const act = useMutation(trpc.round.act.mutationOptions());
  const [openForm, setOpenForm] = useState<OpenForm>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const formId = useId();

  function run(action: RoundAction) {
    setError("");
    setStatus("");
    setFieldErrors({});
    act.mutate(
      { courseId, roundId: round.id, action },
      {
        onSuccess: () => {
          setOpenForm(null);
          setStatus(doneMessages[action.type](round.name));
          void queryClient.invalidateQueries({ queryKey: trpc.vote.pathKey() });
          router.refresh();
        },
        onError: (caught) => {
          setFieldErrors(withoutFieldPrefix(fieldErrorsOf(caught)));
          setError(formErrorMessage(caught, ["newLocksAt", "reason"]));
        },
      },
    );
  }

  function toggle(form: Exclude<OpenForm, null>) {
    setError("");
    setFieldErrors({});
    setOpenForm((current) => (current === form ? null : form));
  }

  if (isDraft) {
    return <p className="text-sm text-stone-700">Publish the teams to run this round.</p>;
  }

  const { state, name } = round;
  const isBusy = act.isPending;
  return (
    <div role="group" aria-label={`Controls for ${name}`} className="space-y-3">
      <div className="flex flex-wrap gap-2">
        {state === "SCHEDULED" && isPreviousRoundLocked ? (
          <ConfirmAction
            title={`Open ${name} now?`}
            description="Teams can start writing at once. The deadline stays as planned."
            confirmLabel="Open now"
            confirmVariant="primary"
            isBusy={isBusy && act.variables?.action.type === "openNow"}
            disabled={isBusy}
            onConfirm={() => run({ type: "openNow" })}
          >
            Open now
          </ConfirmAction>
        ) : null}
        {state === "SCHEDULED" || state === "OPEN" ? (
          <Button variant="secondary" size="sm" aria-expanded={openForm === "extend"} aria-controls={`${formId}-extend`} onClick={() => toggle("extend")} disabled={isBusy}>
            Extend deadline
          </Button>
        ) : null}
        {state === "OPEN" ? (
          <ConfirmAction
            title={`Lock ${name} now?`}
            description={
              <>
                <p>Each team&apos;s argument is frozen as it stands, and students can no longer edit it.</p>
                {round.hasVoting ? <p className="mt-2">Voting on this round opens right away.</p> : null}
              </>
            }
            confirmLabel="Lock now"
            variant="danger"
            isBusy={isBusy && act.variables?.action.type === "lockNow"}
            disabled={isBusy}
            onConfirm={() => run({ type: "lockNow" })}
          >
            Lock now
          </ConfirmAction>
        ) : null}
        {state === "VOTING" ? (
          <ConfirmAction
            title={`Close voting on ${name}?`}
            description="No more ballots are accepted, and everyone sees the results."
            confirmLabel="Close voting"
            variant="danger"
            isBusy={isBusy && act.variables?.action.type === "closeVoting"}
            disabled={isBusy}
            onConfirm={() => run({ type: "closeVoting" })}
          >
            Close voting
          </ConfirmAction>
        ) : null}
        {state === "VOTING" || state === "CLOSED" ? (
          <Button variant="secondary" size="sm" aria-expanded={openForm === "reopen"} aria-controls={`${formId}-reopen`} onClick={() => toggle("reopen")} disabled={isBusy}>
            Reopen…
          </Button>
        ) : null}
      </div>
      {openForm === "extend" ? (
        <DeadlineForm
          id={`${formId}-extend`}
          after={round.locksAt}
          submitLabel="Save new deadline"
          isBusy={isBusy}
          fieldErrors={fieldErrors}
          onCancel={() => setOpenForm(null)}
          onSubmit={(newLocksAt) => run({ type: "extendDeadline", newLocksAt })}
        />
      ) : null}
      {openForm === "reopen" ? (
        <DeadlineForm
          id={`${formId}-reopen`}
          after={null}
          submitLabel="Reopen round"
          isBusy={isBusy}
          fieldErrors={fieldErrors}
          withReason
          onCancel={() => setOpenForm(null)}
          onSubmit={(newLocksAt, reason) => run({ type: "reopen", newLocksAt, reason })}
        />
      ) : null}
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <StatusMessage>{status}</StatusMessage>
    </div>
  );
}

type DeadlineFormProps = {
  id: string;
  /** The proposed deadline is a day after this, or a day from now when that is later. */
  after: Date | null;
  submitLabel: string;
  isBusy: boolean;
  fieldErrors: FieldErrors;
  withReason?: boolean;
  onCancel: () => void;
  onSubmit: (newLocksAt: Date, reason: string) => void;
};

/** A new deadline, and for a reopening the reason students will read. */
function DeadlineForm({ id, after, submitLabel, isBusy, fieldErrors, withReason = false, onCancel, onSubmit }: DeadlineFormProps) {
  const [deadline, setDeadline] = useState(() => toDateTimeLocal(new Date(Math.max(after?.getTime() ?? 0, Date.now()) + day)));
  const [reason, setReason] = useState("");
  const [localErrors, setLocalErrors] = useState<FieldErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const errors = { ...fieldErrors, ...localErrors };

  function onFormSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const newLocksAt = fromDateTimeLocal(deadline);
    const problems: FieldErrors = {};
    if (!newLocksAt) problems.newLocksAt = "Enter the new deadline";
    else if (newLocksAt.getTime() <= Date.now()) problems.newLocksAt = "The new deadline must be in the future";
    if (withReason && !reason.trim()) problems.reason = "Say why the round is reopened; students see the reason";
    setLocalErrors(problems);
    if (Object.keys(problems).length > 0 || !newLocksAt) {
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    onSubmit(newLocksAt, reason.trim());
  }

  return (
    <form ref={formRef} id={id} noValidate onSubmit={onFormSubmit} className="space-y-3 rounded-md border border-stone-300 bg-stone-50 p-4">
      {withReason ? (
        <TextAreaField
          label="Reason (students see it)"
          rows={2}
          maxLength={500}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          error={errors.reason}
        />
      ) : null}
      <TextField
        label="New deadline"
        type="datetime-local"
        value={deadline}
        onChange={(event) => setDeadline(event.target.value)}
        error={errors.newLocksAt}
        hint={withReason ? "Teams write again until then; voting follows as planned." : "In your time zone. Voting moves with it."}
        fieldClassName="sm:max-w-xs"
      />
      <div className="flex gap-2">
        <Button type="submit" size="sm" isBusy={isBusy}>
          {submitLabel}
        </Button>
        <Button variant="quiet" size="sm" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
