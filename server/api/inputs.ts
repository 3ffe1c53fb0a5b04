import { z } from "zod";

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
