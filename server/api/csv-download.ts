import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";

export type CsvExport = { fileName: string; csv: string };

/** Only the characters a file name in a header may carry without quoting trouble. */
const safeFileName = (name: string) => name.replace(/[^A-Za-z0-9._-]+/g, "-") || "export.csv";

/**
 * A route handler's answer for a CSV export made by a tRPC procedure: the file as an attachment,
 * or the procedure's refusal as plain text with its HTTP status (401 signed out, 403 not staff,
 * 404 no such course). Authorization stays in the procedure's middleware; this only translates.
 */
export async function csvDownload(load: () => Promise<CsvExport>): Promise<Response> {
  try {
    const { fileName, csv } = await load();
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${safeFileName(fileName)}"`,
        // Grades are personal data: never kept by a browser or proxy cache.
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    if (!(error instanceof TRPCError)) throw error;
    const status = getHTTPStatusCodeFromError(error);
    // Unexpected failures keep their details to the server log.
    if (status >= 500) throw error;
    const message =
      status === 401
        ? "Please sign in to download this export."
        : status === 403
          ? "Only this course's instructors and TAs may download its grade exports."
          : error.message;
    return new Response(`${message}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
}
