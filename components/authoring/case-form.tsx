"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import {
  caseFormValuesFrom,
  caseInputFrom,
  emptyCaseFormValues,
  emptyEventRow,
  emptySourceRow,
  rowErrorKeys,
  validateCaseForm,
  withSubject,
  type CaseFormValues,
  type EventRow,
  type SourceRow,
} from "@/components/authoring/case-form-values";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { TextAreaField, TextField } from "@/components/ui/form-field";
import { useFocusFirstInvalid } from "@/components/ui/focus-first-invalid";
import { fieldErrorsOf, formErrorMessage, type FieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import type { CaseDetail, CaseFormInput } from "@/components/trpc/types";

const caseFormFields = ["title", "periodStart", "periodEnd", "summary", "keyEvents", "sources"];

type CaseFormProps = {
  courseId: string;
  existing?: CaseDetail;
  /** Creates the case another way (from thesis passages, say): returns where to go next. */
  createWith?: { create: (input: CaseFormInput) => Promise<string>; cancelHref: string };
};

/** Creates a case, or edits one when `existing` is given. */
export function CaseForm({ courseId, existing, createWith }: CaseFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const create = useMutation(trpc.case.create.mutationOptions());
  const update = useMutation(trpc.case.update.mutationOptions());
  const [values, setValues] = useState<CaseFormValues>(() => (existing ? caseFormValuesFrom(existing) : emptyCaseFormValues()));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState("");
  const [status, setStatus] = useState("");
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const errorKeys = rowErrorKeys(values);
  const [isCreatingWith, setIsCreatingWith] = useState(false);
  const isSaving = create.isPending || update.isPending || create.isSuccess || isCreatingWith;

  function setField<Key extends keyof CaseFormValues>(key: Key, value: CaseFormValues[Key]) {
    setValues((current) => ({ ...current, [key]: value }));
    setStatus("");
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError("");
    setStatus("");
    const errors = validateCaseForm(values);
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      setFormError("Please correct the highlighted fields.");
      focusFirstInvalid();
      return;
    }
    const input = { courseId, ...caseInputFrom(values) };
    try {
      if (existing) {
        await update.mutateAsync({ ...input, caseId: existing.id });
        await queryClient.invalidateQueries({ queryKey: trpc.course.get.queryKey({ courseId }) });
        await queryClient.invalidateQueries({ queryKey: trpc.case.get.queryKey({ courseId, caseId: existing.id }) });
        router.refresh();
        setStatus("Case saved.");
      } else if (createWith) {
        setIsCreatingWith(true);
        const next = await createWith.create(caseInputFrom(values));
        await queryClient.invalidateQueries({ queryKey: trpc.course.get.queryKey({ courseId }) });
        router.push(next);
      } else {
        const { id } = await create.mutateAsync(input);
        await queryClient.invalidateQueries({ queryKey: trpc.course.get.queryKey({ courseId }) });
        router.push(`/courses/${courseId}/authoring/cases/${id}?created=1`);
      }
    } catch (error) {
      setIsCreatingWith(false);
      setFieldErrors(fieldErrorsOf(error));
      setFormError(formErrorMessage(error, caseFormFields));
      focusFirstInvalid();
    }
  }

  return (
    <form ref={formRef} noValidate onSubmit={onSubmit} className="space-y-8" aria-label={existing ? "Case details" : "New case"}>
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}

      <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
        <legend className="px-1 font-serif text-lg font-semibold text-stone-950">Title, period and summary</legend>
        <TextField label="Case title" name="title" required maxLength={300} value={values.title} onChange={(event) => setField("title", event.target.value)} error={fieldErrors.title} />
        <div className="grid gap-4 sm:grid-cols-[12rem_12rem]">
          <TextField
            label="Start year"
            name="periodStart"
            inputMode="numeric"
            required
            maxLength={4}
            hint="Four digits, e.g. 1991"
            value={values.periodStart}
            onChange={(event) => setField("periodStart", event.target.value)}
            error={fieldErrors.periodStart}
          />
          <TextField
            label="End year"
            name="periodEnd"
            inputMode="numeric"
            required
            maxLength={4}
            hint="Same as start for one year"
            value={values.periodEnd}
            onChange={(event) => setField("periodEnd", event.target.value)}
            error={fieldErrors.periodEnd}
          />
        </div>
        <TextAreaField label="Summary" name="summary" rows={5} maxLength={10000} value={values.summary} onChange={(event) => setField("summary", event.target.value)} error={fieldErrors.summary} />
      </fieldset>

      <KeyEventRows
        rows={values.keyEvents}
        onChange={(rows) => setField("keyEvents", rows)}
        errorFor={(rowId, field) => fieldErrors[errorKeys.event(rowId, field) ?? ""]}
        listError={fieldErrors.keyEvents}
      />

      <SourceRows
        rows={values.sources}
        onChange={(rows) => setField("sources", rows)}
        errorFor={(rowId, field) => fieldErrors[errorKeys.source(rowId, field) ?? ""]}
        listError={fieldErrors.sources}
      />

      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" isBusy={isSaving}>
          {existing ? "Save case" : "Create case"}
        </Button>
        <Link href={createWith?.cancelHref ?? `/courses/${courseId}/authoring`} className={buttonClasses("quiet")}>
          {existing ? "Back to all cases" : "Cancel"}
        </Link>
        <StatusMessage>{status}</StatusMessage>
      </div>
    </form>
  );
}

type RowsProps<Row> = {
  rows: Row[];
  onChange: (rows: Row[]) => void;
  errorFor: (rowId: string, field: Exclude<keyof Row, "rowId">) => string | undefined;
  listError?: string;
};

/**
 * Editing a list of rows: a new row takes focus, and removing one returns focus to the add
 * button, so keyboard users never lose their place.
 */
function useRowList<Row extends { rowId: string }>(rows: Row[], onChange: (rows: Row[]) => void, emptyRow: () => Row) {
  const [addedRowId, setAddedRowId] = useState<string | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  return {
    addedRowId,
    addButton,
    updateRow: (rowId: string, patch: Partial<Row>) => onChange(rows.map((row) => (row.rowId === rowId ? { ...row, ...patch } : row))),
    addRow: () => {
      const row = emptyRow();
      setAddedRowId(row.rowId);
      onChange([...rows, row]);
    },
    removeRow: (rowId: string) => {
      onChange(rows.filter((row) => row.rowId !== rowId));
      addButton.current?.focus();
    },
  };
}

function KeyEventRows({ rows, onChange, errorFor, listError }: RowsProps<EventRow>) {
  const { addedRowId, addButton, updateRow, addRow, removeRow } = useRowList(rows, onChange, emptyEventRow);

  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <legend className="px-1 font-serif text-lg font-semibold text-stone-950">Key events</legend>
      <p className="text-sm text-stone-700">
        In the order they should appear on the timeline. A date can be a year (1993), a month (1997-05) or a day (1997-05-27).
        Rows left empty are ignored.
      </p>
      {listError ? <p className="text-sm font-medium text-red-800">{listError}</p> : null}
      {rows.length === 0 ? <p className="text-sm text-stone-700">No key events yet.</p> : null}
      <ol className="space-y-4">
        {rows.map((row, index) => (
          <li key={row.rowId}>
            <fieldset className="grid gap-3 rounded-md border border-stone-200 bg-stone-50 p-3 sm:grid-cols-[11rem_1fr_auto] sm:items-start">
              <legend className="sr-only">Event {index + 1}</legend>
              <TextField
                label="Date"
                placeholder="YYYY-MM-DD"
                value={row.date}
                autoFocus={row.rowId === addedRowId}
                onChange={(event) => updateRow(row.rowId, { date: event.target.value })}
                error={withSubject("Date", errorFor(row.rowId, "date"))}
              />
              <TextAreaField
                label="Event"
                rows={2}
                className="min-h-10"
                value={row.event}
                onChange={(event) => updateRow(row.rowId, { event: event.target.value })}
                error={withSubject("Event", errorFor(row.rowId, "event"))}
              />
              <Button variant="danger" size="sm" className="sm:mt-7" onClick={() => removeRow(row.rowId)}>
                Remove
              </Button>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button ref={addButton} variant="secondary" size="sm" onClick={addRow}>
        + Add event
      </Button>
    </fieldset>
  );
}

function SourceRows({ rows, onChange, errorFor, listError }: RowsProps<SourceRow>) {
  const { addedRowId, addButton, updateRow, addRow, removeRow } = useRowList(rows, onChange, emptySourceRow);

  return (
    <fieldset className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
      <legend className="px-1 font-serif text-lg font-semibold text-stone-950">Sources</legend>
      <p className="text-sm text-stone-700">Shown on the case page as citations. Rows left empty are ignored.</p>
      {listError ? <p className="text-sm font-medium text-red-800">{listError}</p> : null}
      {rows.length === 0 ? <p className="text-sm text-stone-700">No sources yet.</p> : null}
      <ol className="space-y-4">
        {rows.map((row, index) => (
          <li key={row.rowId}>
            <fieldset className="grid gap-3 rounded-md border border-stone-200 bg-stone-50 p-3 sm:grid-cols-2">
              <legend className="sr-only">Source {index + 1}</legend>
              <TextField
                label="Author"
                value={row.author}
                autoFocus={row.rowId === addedRowId}
                onChange={(event) => updateRow(row.rowId, { author: event.target.value })}
                error={withSubject("Author", errorFor(row.rowId, "author"))}
              />
              <TextField
                label="Title"
                value={row.title}
                onChange={(event) => updateRow(row.rowId, { title: event.target.value })}
                error={withSubject("Title", errorFor(row.rowId, "title"))}
              />
              <TextField
                label="Year"
                inputMode="numeric"
                maxLength={20}
                value={row.year}
                onChange={(event) => updateRow(row.rowId, { year: event.target.value })}
                error={withSubject("Year", errorFor(row.rowId, "year"))}
              />
              <TextField
                label="Publisher or venue"
                placeholder="e.g. New York: Norton"
                value={row.venue}
                onChange={(event) => updateRow(row.rowId, { venue: event.target.value })}
                error={withSubject("Venue", errorFor(row.rowId, "venue"))}
              />
              <div className="sm:col-span-2">
                <Button variant="danger" size="sm" onClick={() => removeRow(row.rowId)}>
                  Remove
                </Button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <Button ref={addButton} variant="secondary" size="sm" onClick={addRow}>
        + Add source
      </Button>
    </fieldset>
  );
}
