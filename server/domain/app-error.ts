/**
 * The one error type for expected failures. Services and domain code throw it; the tRPC layer
 * maps `code` to a wire code in one place (server/api/errors.ts). FORBIDDEN is reserved for
 * access middleware, so that "not allowed" always means the same thing to callers and tests.
 */
export type AppErrorCode = "BAD_REQUEST" | "NOT_FOUND" | "CONFLICT" | "PRECONDITION_FAILED" | "TOO_MANY_REQUESTS" | "UNAUTHORIZED" | "FORBIDDEN";

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** The input field the problem is about, when there is one (shown beside that field). */
  readonly field?: string;

  constructor(code: AppErrorCode, message: string, options: { field?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.field = options.field;
  }
}

export const notFound = (what: string) => new AppError("NOT_FOUND", `${what} not found`);
