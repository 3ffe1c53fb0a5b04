import { QueryClient } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";

/** Client errors (4xx) are answers, not hiccups: retrying them only delays the message. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof TRPCClientError) {
    const status = (error.data as { httpStatus?: number } | undefined)?.httpStatus;
    if (status !== undefined && status >= 400 && status < 500) return false;
  }
  return failureCount < 2;
}

export function makeQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        // Pages hand server-rendered data to client queries as initialData; keep it fresh for a while.
        staleTime: 30_000,
        retry: shouldRetry,
      },
    },
  });
}
