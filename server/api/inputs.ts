import { z } from "zod";
import { keyEventsSchema, sourcesSchema } from "@/server/domain/course-content";

/** Shared input pieces, so every procedure names and bounds ids the same way. */
export const id = z.string().trim().min(1, "is required").max(64, "is too long");

export const courseIdInput = z.object({ courseId: id });

/** Free text a user types: trimmed, bounded, and free of control characters other than newlines and tabs. */
export function text(label: string, options: { min?: number; max: number }) {
  const schema = z
    .string()
    .trim()
    .max(options.max, `${label} must be at most ${options.max} characters`)
    .refine((value) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value), `${label} contains control characters`);
  return options.min ? schema.refine((value) => value.length >= options.min!, options.min === 1 ? `${label} is required` : `${label} must be at least ${options.min} characters`) : schema;
}

export const courseRole = z.enum(["INSTRUCTOR", "TA", "STUDENT"]);

const year = (label: string) =>
  z.number({ error: `${label} must be a year` }).int(`${label} must be a whole year`).min(1000, `${label} must be a year`).max(3000, `${label} must be a year`);

/** What an instructor writes about a case, whether by hand or from thesis passages. */
export const caseFields = z.object({
  title: text("Title", { min: 1, max: 300 }),
  periodStart: year("Start year"),
  periodEnd: year("End year"),
  summary: text("Summary", { max: 10_000 }).default(""),
  keyEvents: keyEventsSchema.default([]),
  sources: sourcesSchema.default([]),
});
