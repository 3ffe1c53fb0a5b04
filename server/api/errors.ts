import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { Prisma } from "@/prisma/generated/client";
import { AppError } from "@/server/domain/app-error";

/** "title: Title is required; keyEvents.0.date: must be a year…" */
export function describeZodError(error: ZodError): string {
  return error.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
}

/** Messages keyed by field path, for forms to show beside each control. */
export function fieldErrorsOf(error: unknown): Record<string, string> | null {
  if (error instanceof ZodError) {
    return Object.fromEntries(error.issues.map((issue) => [issue.path.join("."), issue.message]));
  }
  if (error instanceof AppError && error.field) return { [error.field]: error.message };
  return null;
}

/**
 * The one place where failures become wire errors: domain errors keep their code and message,
 * invalid input names its fields, and constraint races still answer sensibly.
 */
export function toTRPCError(error: unknown): TRPCError | undefined {
  if (error instanceof TRPCError) return error.cause ? toTRPCError(error.cause) : undefined;
  if (error instanceof ZodError) return new TRPCError({ code: "BAD_REQUEST", message: describeZodError(error), cause: error });
  if (error instanceof AppError) return new TRPCError({ code: error.code, message: error.message, cause: error });
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === "P2002") return new TRPCError({ code: "CONFLICT", message: "That already exists", cause: error });
    if (error.code === "P2003") return new TRPCError({ code: "PRECONDITION_FAILED", message: "Other records still depend on this", cause: error });
    if (error.code === "P2025") return new TRPCError({ code: "NOT_FOUND", message: "Not found", cause: error });
    // Serialization failure: another change to the same rows won; the caller may retry.
    if (error.code === "P2034") return new TRPCError({ code: "CONFLICT", message: "Someone else changed this at the same time; try again", cause: error });
  }
  return undefined;
}
