"use client";

import { useRef, useState, type FormEvent } from "react";
import { promptKindLabels, promptStatusLabels } from "@/components/format/labels";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RadioGroup, TextAreaField } from "@/components/ui/form-field";
import type { FieldErrors } from "@/components/trpc/errors";
import type { PromptKind, PromptStatus } from "@/components/trpc/types";

export type PromptDraft = { kind: PromptKind; text: string; status: PromptStatus };

const kindOptions = [
  { value: "DEBATE", label: promptKindLabels.DEBATE, description: "A motion two sides argue: “This house believes…”" },
  { value: "SEMINAR", label: promptKindLabels.SEMINAR, description: "An open question for discussion." },
] as const;

const statusOptions = [
  { value: "DRAFT", label: promptStatusLabels.DRAFT, description: "Only instructors and TAs see it." },
  { value: "POSTED", label: promptStatusLabels.POSTED, description: "The whole class sees it." },
] as const;

type PromptEditorFormProps = {
  /** Names the form for assistive technology ("Add a prompt", "Edit prompt 2"). */
  label: string;
  initial: PromptDraft;
  /** New prompts are saved with a button per status; existing ones choose a status and save. */
  mode: "create" | "edit";
  isSaving: boolean;
  fieldErrors: FieldErrors;
  formError: string;
  onSave: (draft: PromptDraft) => Promise<boolean>;
  onCancel?: () => void;
};

export function PromptEditorForm({ label, initial, mode, isSaving, fieldErrors, formError, onSave, onCancel }: PromptEditorFormProps) {
  const [kind, setKind] = useState<PromptKind>(initial.kind);
  const [text, setText] = useState(initial.text);
  const [status, setStatus] = useState<PromptStatus>(initial.status);
  const [textError, setTextError] = useState("");
  const textRef = useRef<HTMLTextAreaElement>(null);

  async function save(chosenStatus: PromptStatus) {
    if (!text.trim()) {
      setTextError("Write the prompt before saving it");
      textRef.current?.focus();
      return;
    }
    setTextError("");
    const isSaved = await onSave({ kind, text: text.trim(), status: chosenStatus });
    if (isSaved && mode === "create") {
      setText("");
      textRef.current?.focus();
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const chosen = mode === "edit" ? status : submitter instanceof HTMLButtonElement && submitter.value === "POSTED" ? "POSTED" : "DRAFT";
    void save(chosen);
  }

  return (
    <form noValidate onSubmit={onSubmit} aria-label={label} className="space-y-4">
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
      <RadioGroup legend="Kind" name={`${label}-kind`} value={kind} options={kindOptions} onChange={setKind} error={fieldErrors.kind} />
      <TextAreaField
        ref={textRef}
        autoFocus={mode === "edit"}
        label="Prompt text"
        rows={3}
        maxLength={2000}
        value={text}
        onChange={(event) => setText(event.target.value)}
        error={textError || fieldErrors.text}
        hint={kind === "DEBATE" ? "State the motion so that one side can propose it and the other oppose it." : undefined}
      />
      {mode === "edit" ? (
        <RadioGroup legend="Status" name={`${label}-status`} value={status} options={statusOptions} onChange={setStatus} error={fieldErrors.status} />
      ) : null}
      <div className="flex flex-wrap gap-2">
        {mode === "create" ? (
          <>
            <Button type="submit" value="DRAFT" variant="secondary" isBusy={isSaving}>
              Save as draft
            </Button>
            <Button type="submit" value="POSTED" isBusy={isSaving}>
              Post prompt
            </Button>
          </>
        ) : (
          <>
            <Button type="submit" isBusy={isSaving}>
              Save prompt
            </Button>
            {onCancel ? (
              <Button variant="quiet" onClick={onCancel}>
                Cancel
              </Button>
            ) : null}
          </>
        )}
      </div>
    </form>
  );
}
