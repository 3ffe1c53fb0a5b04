"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import { useFocusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { theoryAccent } from "@/components/course/theory-accent";
import { fieldErrorsOf, formErrorMessage, type FieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import type { Theory } from "@/components/trpc/types";

/** One entry per non-empty line. */
function linesOf(text: string): string[] {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
}

/**
 * Errors for a line list arrive per item ("coreClaims.2") or for the list ("coreClaims");
 * both are shown under the one text area, items by line number.
 */
function listError(fieldErrors: FieldErrors, key: string): string | undefined {
  const messages = Object.entries(fieldErrors)
    .filter(([path]) => path === key || path.startsWith(`${key}.`))
    .map(([path, message]) => {
      const index = Number(path.slice(key.length + 1));
      return path === key || Number.isNaN(index) ? message : `Line ${index + 1}: ${message}`;
    });
  return messages.length ? messages.join(" ") : undefined;
}

type TheoryEditorProps = { courseId: string; theory: Theory; index: number };

export function TheoryEditor({ courseId, theory, index }: TheoryEditorProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const update = useMutation(trpc.theory.update.mutationOptions());
  const [name, setName] = useState(theory.name);
  const [summary, setSummary] = useState(theory.summary);
  const [coreClaims, setCoreClaims] = useState(theory.coreClaims.join("\n"));
  const [keyThinkers, setKeyThinkers] = useState(theory.keyThinkers.join("\n"));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState("");
  const [status, setStatus] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const headingId = `theory-editor-${theory.id}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setStatus("");
    setFormError("");
    if (!name.trim()) {
      setFieldErrors({ name: "Name is required" });
      focusFirstInvalid();
      return;
    }
    setFieldErrors({});
    try {
      await update.mutateAsync({
        courseId,
        theoryId: theory.id,
        name: name.trim(),
        summary: summary.trim(),
        coreClaims: linesOf(coreClaims),
        keyThinkers: linesOf(keyThinkers),
      });
      setStatus(`Saved ${name.trim()}.`);
      await queryClient.invalidateQueries({ queryKey: trpc.course.get.queryKey({ courseId }) });
      router.refresh();
    } catch (error) {
      setFieldErrors(fieldErrorsOf(error));
      setFormError(formErrorMessage(error, ["name", "summary", "coreClaims", "keyThinkers"]));
      focusFirstInvalid();
    }
  }

  return (
    <section aria-labelledby={headingId} className={`rounded-lg border border-t-4 border-stone-200 bg-white p-5 shadow-sm ${theoryAccent(index)}`}>
      <h2 id={headingId} className="font-serif text-xl font-semibold text-stone-950">
        {theory.name}
      </h2>
      <form ref={formRef} noValidate onSubmit={onSubmit} aria-labelledby={headingId} className="mt-4 space-y-4">
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <TextField label="Name" required maxLength={100} value={name} onChange={(event) => setName(event.target.value)} error={fieldErrors.name} />
        <TextAreaField label="Summary" rows={3} maxLength={5000} value={summary} onChange={(event) => setSummary(event.target.value)} error={fieldErrors.summary} />
        <div className="grid gap-4 lg:grid-cols-[2fr_1fr]">
          <TextAreaField
            label="Core claims"
            hint="One claim per line; long claims wrap but stay one line."
            rows={12}
            value={coreClaims}
            onChange={(event) => setCoreClaims(event.target.value)}
            error={listError(fieldErrors, "coreClaims")}
          />
          <TextAreaField
            label="Key thinkers"
            hint="One name per line."
            rows={12}
            value={keyThinkers}
            onChange={(event) => setKeyThinkers(event.target.value)}
            error={listError(fieldErrors, "keyThinkers")}
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" aria-label={`Save theory: ${theory.name}`} isBusy={update.isPending}>
            Save theory
          </Button>
          <StatusMessage>{status}</StatusMessage>
        </div>
      </form>
    </section>
  );
}
