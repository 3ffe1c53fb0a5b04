"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { CaseForm } from "@/components/authoring/case-form";
import { PromptEditorForm, type PromptDraft } from "@/components/authoring/prompt-editor-form";
import { SelectField } from "@/components/ui/form-field";
import { fieldErrorsOf, formErrorMessage, type FieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ExcerptQuote } from "./excerpt-quote";
import { libraryPaths } from "./paths";

type Passage = { anchor: string; text: string; chapterId: string; chapterTitle: string; sectionHeading: string | null };

type DeriveFormProps = {
  courseId: string;
  thesisId: string;
  kind: "case" | "prompt";
  passages: Passage[];
  cases: { id: string; title: string }[];
  /** Preselected case for a prompt. */
  caseId: string | null;
};

/** A case or a prompt made from the passages chosen in the reader, which become its excerpts. */
export function DeriveForm({ courseId, thesisId, kind, passages, cases, caseId: initialCaseId }: DeriveFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const headingId = useId();
  const excerpts = passages.map((passage) => ({ anchor: passage.anchor, quote: null }));
  const createCase = useMutation(trpc.thesis.createCase.mutationOptions());
  const createPrompt = useMutation(trpc.thesis.createPrompt.mutationOptions());
  const [caseId, setCaseId] = useState(initialCaseId ?? cases[0]?.id ?? "");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState("");
  const backHref = libraryPaths.reader(courseId, thesisId, { chapterId: passages[0]?.chapterId, anchor: passages[0]?.anchor });

  async function savePrompt(draft: PromptDraft) {
    setFieldErrors({});
    setFormError("");
    if (!caseId) {
      setFieldErrors({ caseId: "Choose the case the prompt belongs to" });
      return false;
    }
    try {
      await createPrompt.mutateAsync({ courseId, thesisId, caseId, kind: draft.kind, text: draft.text, status: draft.status, excerpts });
      await queryClient.invalidateQueries({ queryKey: trpc.case.get.queryKey({ courseId, caseId }) });
      router.push(`/courses/${courseId}/cases/${caseId}#prompts-heading`);
      return true;
    } catch (error) {
      setFieldErrors(fieldErrorsOf(error));
      setFormError(formErrorMessage(error, ["kind", "text", "status", "caseId"]));
      return false;
    }
  }

  return (
    <div className="grid gap-8 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <section aria-labelledby={headingId} className="space-y-3">
        <h2 id={headingId} className="font-serif text-xl font-semibold text-stone-950">
          {passages.length === 1 ? "The passage" : `The ${passages.length} passages`}
        </h2>
        <p className="text-sm text-stone-700">They are saved as excerpts and shown with a link back to the thesis.</p>
        <ol className="space-y-3">
          {passages.map((passage) => (
            <li key={passage.anchor}>
              <ExcerptQuote
                quote={passage.text}
                source={passage.sectionHeading ? `${passage.chapterTitle} · ${passage.sectionHeading}` : passage.chapterTitle}
                href={libraryPaths.reader(courseId, thesisId, { chapterId: passage.chapterId, anchor: passage.anchor })}
              />
            </li>
          ))}
        </ol>
      </section>
      <div>
        {kind === "case" ? (
          <CaseForm
            courseId={courseId}
            createWith={{
              cancelHref: backHref,
              create: async (input) => {
                const created = await createCase.mutateAsync({ courseId, thesisId, ...input, excerpts });
                return `/courses/${courseId}/cases/${created.id}`;
              },
            }}
          />
        ) : cases.length === 0 ? (
          <p className="rounded-md border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">
            A prompt belongs to a case, and this course has none yet. Create a case from the passages first.
          </p>
        ) : (
          <div className="space-y-4 rounded-lg border border-stone-200 bg-white p-5">
            <SelectField label="Case" value={caseId} onChange={(event) => setCaseId(event.target.value)} error={fieldErrors.caseId}>
              {cases.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.title}
                </option>
              ))}
            </SelectField>
            <PromptEditorForm
              label="New prompt from the thesis"
              mode="create"
              initial={{ kind: "SEMINAR", text: "", status: "POSTED" }}
              isSaving={createPrompt.isPending || createPrompt.isSuccess}
              fieldErrors={fieldErrors}
              formError={formError}
              onSave={savePrompt}
            />
          </div>
        )}
      </div>
    </div>
  );
}
