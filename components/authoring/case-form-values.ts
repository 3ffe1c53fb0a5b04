import type { CaseDetail, CaseFormInput } from "@/components/trpc/types";
import type { FieldErrors } from "@/components/trpc/errors";

export type EventRow = { rowId: string; date: string; event: string };
export type SourceRow = { rowId: string; author: string; title: string; year: string; venue: string };

export type CaseFormValues = {
  title: string;
  periodStart: string;
  periodEnd: string;
  summary: string;
  keyEvents: EventRow[];
  sources: SourceRow[];
};

let rowCounter = 0;
/** React keys for rows the user adds and removes; never sent to the server. */
export function newRowId(): string {
  rowCounter += 1;
  return `row-${rowCounter}`;
}

export function emptyEventRow(): EventRow {
  return { rowId: newRowId(), date: "", event: "" };
}

export function emptySourceRow(): SourceRow {
  return { rowId: newRowId(), author: "", title: "", year: "", venue: "" };
}

export function emptyCaseFormValues(): CaseFormValues {
  return { title: "", periodStart: "", periodEnd: "", summary: "", keyEvents: [emptyEventRow()], sources: [] };
}

export function caseFormValuesFrom(item: CaseDetail): CaseFormValues {
  return {
    title: item.title,
    periodStart: String(item.periodStart),
    periodEnd: String(item.periodEnd),
    summary: item.summary,
    keyEvents: item.keyEvents.map((event) => ({ rowId: newRowId(), date: event.date, event: event.event })),
    sources: item.sources.map((source) => ({
      rowId: newRowId(),
      author: source.author,
      title: source.title,
      year: String(source.year ?? ""),
      venue: source.venue,
    })),
  };
}

const datePattern = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const yearPattern = /^\d{4}$/;

function isBlankEvent(row: EventRow): boolean {
  return !row.date.trim() && !row.event.trim();
}

function isBlankSource(row: SourceRow): boolean {
  return !row.author.trim() && !row.title.trim() && !row.year.trim() && !row.venue.trim();
}

/**
 * Checks what the browser can check, with keys in the server's own shape ("keyEvents.0.date"),
 * so one error display serves both. Rows left entirely blank are ignored, not reported.
 */
export function validateCaseForm(values: CaseFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.title.trim()) errors.title = "Title is required";
  if (!yearPattern.test(values.periodStart.trim())) errors.periodStart = "Enter the start year, e.g. 1991";
  if (!yearPattern.test(values.periodEnd.trim())) errors.periodEnd = "Enter the end year, e.g. 1999";
  if (!errors.periodStart && !errors.periodEnd && Number(values.periodEnd) < Number(values.periodStart)) {
    errors.periodEnd = "End year cannot be before the start year";
  }
  keptEvents(values.keyEvents).forEach(({ row, index }) => {
    if (!datePattern.test(row.date.trim())) errors[`keyEvents.${index}.date`] = "Date must be YYYY, YYYY-MM or YYYY-MM-DD";
    if (!row.event.trim()) errors[`keyEvents.${index}.event`] = "Describe the event";
  });
  keptSources(values.sources).forEach(({ row, index }) => {
    if (!row.author.trim()) errors[`sources.${index}.author`] = "Author is required";
    if (!row.title.trim()) errors[`sources.${index}.title`] = "Title is required";
  });
  return errors;
}

/** Non-blank rows with the index they will have in the request, so error keys line up. */
function keptEvents(rows: EventRow[]) {
  return rows.filter((row) => !isBlankEvent(row)).map((row, index) => ({ row, index }));
}

function keptSources(rows: SourceRow[]) {
  return rows.filter((row) => !isBlankSource(row)).map((row, index) => ({ row, index }));
}

/** Maps an error key from request indexes ("keyEvents.0.date") back to the row it belongs to. */
export function rowErrorKeys(values: CaseFormValues) {
  const eventIndex = new Map(keptEvents(values.keyEvents).map(({ row, index }) => [row.rowId, index]));
  const sourceIndex = new Map(keptSources(values.sources).map(({ row, index }) => [row.rowId, index]));
  return {
    event: (rowId: string, field: keyof Omit<EventRow, "rowId">) => {
      const index = eventIndex.get(rowId);
      return index === undefined ? undefined : `keyEvents.${index}.${field}`;
    },
    source: (rowId: string, field: keyof Omit<SourceRow, "rowId">) => {
      const index = sourceIndex.get(rowId);
      return index === undefined ? undefined : `sources.${index}.${field}`;
    },
  };
}

export function caseInputFrom(values: CaseFormValues): CaseFormInput {
  return {
    title: values.title.trim(),
    periodStart: Number(values.periodStart.trim()),
    periodEnd: Number(values.periodEnd.trim()),
    summary: values.summary.trim(),
    keyEvents: keptEvents(values.keyEvents).map(({ row }) => ({ date: row.date.trim(), event: row.event.trim() })),
    sources: keptSources(values.sources).map(({ row }) => ({
      author: row.author.trim(),
      title: row.title.trim(),
      year: row.year.trim(),
      venue: row.venue.trim(),
    })),
  };
}

/**
 * Server messages for row fields can lack a subject ("is required"); give them the field's name.
 */
export function withSubject(label: string, message: string | undefined): string | undefined {
  if (!message) return undefined;
  return /^[a-z]/.test(message) ? `${label} ${message}` : message;
}
