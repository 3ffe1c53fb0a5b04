import { TRPCClientError } from "@trpc/client";

export type FieldErrors = Record<string, string>;

type ErrorData = { code?: string; httpStatus?: number; fieldErrors?: FieldErrors | null; field?: string | null };

function errorData(error: unknown): ErrorData | undefined {
  if (error instanceof TRPCClientError) return (error.data ?? undefined) as ErrorData | undefined;
  return undefined;
}

/** The per-field messages the server attaches to BAD_REQUEST errors ({ "title": "Title is required" }). */
export function fieldErrorsOf(error: unknown): FieldErrors {
  const data = errorData(error);
  if (data?.fieldErrors) return data.fieldErrors;
  if (data?.field && error instanceof Error) return { [data.field]: error.message };
  return {};
}

export function errorCodeOf(error: unknown): string | undefined {
  return errorData(error)?.code;
}

function isShownBy(visibleFields: readonly string[], key: string): boolean {
  return visibleFields.some((field) => key === field || key.startsWith(`${field}.`));
}

/**
 * One sentence for the form-level alert. When every problem is already shown beside one of
 * the form's `visibleFields`, say so instead of repeating the list; otherwise give the message.
 */
export function formErrorMessage(error: unknown, visibleFields: readonly string[] = []): string {
  const keys = Object.keys(fieldErrorsOf(error));
  if (keys.length > 0 && keys.every((key) => isShownBy(visibleFields, key))) return "Please correct the highlighted fields.";
  // Unexpected server failures carry internal detail, not advice for the user.
  if (errorCodeOf(error) === "INTERNAL_SERVER_ERROR") return "Something went wrong on our side. Please try again.";
  if (error instanceof TRPCClientError && error.message) {
    if (error.message === "Failed to fetch") return "Stoa could not reach the server. Check your connection and try again.";
    return error.message;
  }
  if (error instanceof Error && error.message) return error.message;
  return "Something went wrong. Please try again.";
}
