"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { buttonClasses } from "@/components/ui/button-classes";
import { controlClasses } from "@/components/ui/form-field";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ImportProgress } from "./import-progress";
import { libraryPaths } from "./paths";
import { acceptAttribute, readAsBase64, uploadProblem } from "./upload-checks";

type UploadFormProps = { courseId: string; theses: { id: string; title: string }[] };

/** Uploads a thesis file, then follows its background import until it is done or fails. */
export function UploadForm({ courseId, theses }: UploadFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const inputId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState("");
  const [target, setTarget] = useState("");
  const [importId, setImportId] = useState<string | null>(null);
  const upload = useMutation(trpc.thesis.upload.mutationOptions());
  const status = useQuery({
    ...trpc.thesis.importStatus.queryOptions({ courseId, importId: importId ?? "" }),
    enabled: importId !== null,
    refetchInterval: (query) => (query.state.data && ["DONE", "FAILED"].includes(query.state.data.status) ? false : 600),
  });
  const finished = status.data && ["DONE", "FAILED"].includes(status.data.status) ? status.data.status : null;

  useEffect(() => {
    if (!finished) return;
    // The list of theses and imports on this page is rendered on the server.
    router.refresh();
    void queryClient.invalidateQueries({ queryKey: trpc.thesis.imports.queryKey({ courseId }) });
  }, [finished, router, queryClient, trpc, courseId]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError("");
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setError("Choose a file to upload.");
      fileInput.current?.focus();
      return;
    }
    const problem = uploadProblem(file);
    if (problem) {
      setError(problem);
      fileInput.current?.focus();
      return;
    }
    try {
      const contentBase64 = await readAsBase64(file);
      const created = await upload.mutateAsync({ courseId, thesisId: target || null, fileName: file.name, mimeType: file.type || null, contentBase64 });
      setImportId(created.id);
      void queryClient.invalidateQueries({ queryKey: trpc.thesis.imports.queryKey({ courseId }) });
      if (fileInput.current) fileInput.current.value = "";
    } catch (caught) {
      setError(formErrorMessage(caught));
      fileInput.current?.focus();
    }
  }

  const errorId = `${inputId}-error`;
  return (
    <section aria-labelledby="upload-heading" className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="upload-heading" className="font-serif text-xl font-semibold text-stone-950">
        Upload a thesis
      </h2>
      <p className="mt-1 text-sm text-stone-700">
        A PDF with a text layer, a plain text file or a Markdown file, up to 20 MB. The import runs in the background: chapters, sections, paragraphs and
        footnotes become readable here, and students can read them too.
      </p>
      <form noValidate onSubmit={onSubmit} aria-label="Upload a thesis" className="mt-4 space-y-4">
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
        <div className="space-y-1">
          <label htmlFor={inputId} className="block text-sm font-medium text-stone-900">
            Thesis file
          </label>
          <input
            ref={fileInput}
            id={inputId}
            name="file"
            type="file"
            accept={acceptAttribute}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            onChange={() => setError("")}
            className={`${controlClasses} file:mr-3 file:rounded file:border-0 file:bg-stone-100 file:px-3 file:py-1 file:text-sm file:font-medium`}
          />
          {error ? (
            <p id={errorId} className="sr-only">
              {error}
            </p>
          ) : null}
        </div>
        {theses.length > 0 ? (
          <div className="space-y-1">
            <label htmlFor={`${inputId}-target`} className="block text-sm font-medium text-stone-900">
              Import into
            </label>
            <select id={`${inputId}-target`} value={target} onChange={(event) => setTarget(event.target.value)} className={controlClasses}>
              <option value="">A new thesis</option>
              {theses.map((thesis) => (
                <option key={thesis.id} value={thesis.id}>
                  Replace the text of “{thesis.title}”
                </option>
              ))}
            </select>
            <p className="text-xs text-stone-600">Replacing keeps the excerpts of passages that are still in the new text.</p>
          </div>
        ) : null}
        <Button type="submit" isBusy={upload.isPending}>
          Upload and import
        </Button>
      </form>

      {status.data ? (
        <div className="mt-5 space-y-3 border-t border-stone-200 pt-4" aria-live="polite">
          <ImportProgress state={status.data} />
          {status.data.status === "FAILED" ? <ErrorAlert>{status.data.error ?? "The import failed."}</ErrorAlert> : null}
          {status.data.status === "DONE" && status.data.thesisId ? (
            <p className="text-sm text-stone-800">
              {status.data.fileName} is imported.{" "}
              <Link href={libraryPaths.reader(courseId, status.data.thesisId)} className={buttonClasses("secondary", "sm")}>
                Open in the reader
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
