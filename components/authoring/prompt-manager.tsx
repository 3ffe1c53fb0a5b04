"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { moveItem, useMoveFocus, type MoveDirection } from "@/components/authoring/move-focus";
import { MoveButtons } from "@/components/authoring/move-buttons";
import { PromptEditorForm, type PromptDraft } from "@/components/authoring/prompt-editor-form";
import { promptKindLabels } from "@/components/format/labels";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { PromptKindBadge, PromptStatusBadge } from "@/components/ui/labelled-badges";
import { SectionHeading } from "@/components/ui/page-header";
import { fieldErrorsOf, formErrorMessage, type FieldErrors } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import type { AuthoringPrompt } from "@/components/trpc/types";

type PromptManagerProps = { courseId: string; caseId: string; initialPrompts: AuthoringPrompt[] };

type FormProblem = { fieldErrors: FieldErrors; formError: string };
const noProblem: FormProblem = { fieldErrors: {}, formError: "" };

function problemFrom(error: unknown): FormProblem {
  return { fieldErrors: fieldErrorsOf(error), formError: formErrorMessage(error, ["kind", "text", "status"]) };
}

function excerpt(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Every prompt of a case, drafts included: write, post, reorder, edit and delete them. */
export function PromptManager({ courseId, caseId, initialPrompts }: PromptManagerProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const listKey = trpc.prompt.list.queryKey({ courseId, caseId });
  const { data } = useQuery(trpc.prompt.list.queryOptions({ courseId, caseId }, { initialData: initialPrompts }));
  const prompts = [...data].sort((a, b) => a.position - b.position);
  const ids = prompts.map((prompt) => prompt.id);
  const { registerButton, focusAfterMove } = useMoveFocus(ids);

  const create = useMutation(trpc.prompt.create.mutationOptions());
  const update = useMutation(trpc.prompt.update.mutationOptions());
  const remove = useMutation(trpc.prompt.delete.mutationOptions());
  const reorder = useMutation(trpc.prompt.reorder.mutationOptions());

  const [editingId, setEditingId] = useState<string | null>(null);
  // After an edit closes, focus returns to that prompt's Edit button.
  const [returnFocusId, setReturnFocusId] = useState<string | null>(null);
  const [createProblem, setCreateProblem] = useState<FormProblem>(noProblem);
  const [editProblem, setEditProblem] = useState<FormProblem>(noProblem);
  const [status, setStatus] = useState("");
  const [listError, setListError] = useState("");

  function refreshEverywhere() {
    void queryClient.invalidateQueries({ queryKey: listKey });
    // Posted counts and the student view of the case change with the prompts.
    void queryClient.invalidateQueries({ queryKey: trpc.case.get.queryKey({ courseId, caseId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.course.get.queryKey({ courseId }) });
  }

  async function onCreate(draft: PromptDraft): Promise<boolean> {
    setCreateProblem(noProblem);
    try {
      await create.mutateAsync({ courseId, caseId, ...draft });
      setStatus(draft.status === "POSTED" ? "Prompt posted." : "Prompt saved as a draft.");
      refreshEverywhere();
      return true;
    } catch (error) {
      setCreateProblem(problemFrom(error));
      return false;
    }
  }

  async function onUpdate(prompt: AuthoringPrompt, draft: PromptDraft): Promise<boolean> {
    setEditProblem(noProblem);
    try {
      await update.mutateAsync({ courseId, promptId: prompt.id, ...draft });
      setEditingId(null);
      setReturnFocusId(prompt.id);
      setStatus("Prompt saved.");
      refreshEverywhere();
      return true;
    } catch (error) {
      setEditProblem(problemFrom(error));
      return false;
    }
  }

  function onToggleStatus(prompt: AuthoringPrompt) {
    const nextStatus = prompt.status === "POSTED" ? "DRAFT" : "POSTED";
    setListError("");
    update.mutate(
      { courseId, promptId: prompt.id, kind: prompt.kind, text: prompt.text, status: nextStatus },
      {
        onSuccess: () => setStatus(nextStatus === "POSTED" ? "Prompt posted: the class can see it." : "Prompt moved back to drafts."),
        onError: (error) => setListError(formErrorMessage(error)),
        onSettled: refreshEverywhere,
      },
    );
  }

  function onDelete(prompt: AuthoringPrompt) {
    setListError("");
    remove.mutate(
      { courseId, promptId: prompt.id },
      {
        onSuccess: () => setStatus("Prompt deleted."),
        onError: (error) => setListError(formErrorMessage(error)),
        onSettled: refreshEverywhere,
      },
    );
  }

  function onMove(prompt: AuthoringPrompt, index: number, direction: MoveDirection) {
    const nextIds = moveItem(ids, index, direction);
    const newIndex = nextIds.indexOf(prompt.id);
    const previous = queryClient.getQueryData(listKey);
    queryClient.setQueryData(listKey, (old) => old?.map((entry) => ({ ...entry, position: nextIds.indexOf(entry.id) })));
    focusAfterMove(prompt.id, direction, newIndex);
    setListError("");
    setStatus(`Moved prompt to position ${newIndex + 1} of ${ids.length}.`);
    reorder.mutate(
      { courseId, caseId, promptIds: nextIds },
      {
        onError: (error) => {
          queryClient.setQueryData(listKey, previous);
          setStatus("");
          setListError(`Could not reorder the prompts: ${formErrorMessage(error)}`);
        },
        onSettled: () => {
          if (queryClient.isMutating({ mutationKey: trpc.prompt.reorder.mutationKey() }) <= 1) refreshEverywhere();
        },
      },
    );
  }

  return (
    <section aria-labelledby="prompts-heading" className="space-y-4">
      <SectionHeading id="prompts-heading" actions={<StatusMessage>{status}</StatusMessage>}>
        Prompts
      </SectionHeading>
      {listError ? <ErrorAlert>{listError}</ErrorAlert> : null}
      {prompts.length === 0 ? (
        <p className="rounded-md border border-dashed border-stone-300 bg-white p-4 text-sm text-stone-700">
          No prompts for this case yet. Write a debate motion or a seminar question below.
        </p>
      ) : (
        <ol className="space-y-3">
          {prompts.map((prompt, index) => (
            <li key={prompt.id} className="rounded-lg border border-stone-200 bg-white p-4 shadow-sm">
              {editingId === prompt.id ? (
                <PromptEditorForm
                  label={`Edit prompt ${index + 1}`}
                  mode="edit"
                  initial={{ kind: prompt.kind, text: prompt.text, status: prompt.status }}
                  isSaving={update.isPending}
                  fieldErrors={editProblem.fieldErrors}
                  formError={editProblem.formError}
                  onSave={(draft) => onUpdate(prompt, draft)}
                  onCancel={() => {
                    setEditingId(null);
                    setReturnFocusId(prompt.id);
                  }}
                />
              ) : (
                <PromptRow
                  prompt={prompt}
                  index={index}
                  count={prompts.length}
                  isEditButtonFocused={returnFocusId === prompt.id}
                  isBusy={(update.isPending && update.variables?.promptId === prompt.id) || (remove.isPending && remove.variables?.promptId === prompt.id)}
                  onEdit={() => {
                    setEditProblem(noProblem);
                    setEditingId(prompt.id);
                  }}
                  onToggleStatus={() => onToggleStatus(prompt)}
                  onDelete={() => onDelete(prompt)}
                  onMove={(direction) => onMove(prompt, index, direction)}
                  registerButton={(direction) => registerButton(prompt.id, direction)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      <div className="rounded-lg border border-stone-200 bg-white p-5">
        <h3 className="mb-4 font-serif text-lg font-semibold text-stone-950">Add a prompt</h3>
        <PromptEditorForm
          label="Add a prompt"
          mode="create"
          initial={{ kind: "DEBATE", text: "", status: "DRAFT" }}
          isSaving={create.isPending}
          fieldErrors={createProblem.fieldErrors}
          formError={createProblem.formError}
          onSave={onCreate}
        />
      </div>
    </section>
  );
}

type PromptRowProps = {
  prompt: AuthoringPrompt;
  index: number;
  count: number;
  isEditButtonFocused: boolean;
  isBusy: boolean;
  onEdit: () => void;
  onToggleStatus: () => void;
  onDelete: () => void;
  onMove: (direction: MoveDirection) => void;
  registerButton: (direction: MoveDirection) => (element: HTMLButtonElement | null) => void;
};

function PromptRow({ prompt, index, count, isEditButtonFocused, isBusy, onEdit, onToggleStatus, onDelete, onMove, registerButton }: PromptRowProps) {
  const name = `prompt ${index + 1}`;
  const toggleLabel = prompt.status === "POSTED" ? "Move to drafts" : "Post";
  return (
    <article aria-label={`Prompt ${index + 1}: ${promptKindLabels[prompt.kind]}`}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm font-semibold text-stone-600 tabular-nums">{index + 1}.</span>
        <PromptKindBadge kind={prompt.kind} />
        <PromptStatusBadge status={prompt.status} />
      </div>
      <p className="mt-2 text-stone-900">{prompt.text}</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <MoveButtons itemLabel={name} index={index} count={count} onMove={onMove} registerButton={registerButton} />
        <Button variant="secondary" size="sm" aria-label={`Edit: ${name}`} onClick={onEdit} autoFocus={isEditButtonFocused}>
          Edit
        </Button>
        <Button variant="secondary" size="sm" aria-label={`${toggleLabel}: ${name}`} onClick={onToggleStatus} isBusy={isBusy}>
          {toggleLabel}
        </Button>
        <ConfirmButton
          label={`Delete: ${name}`}
          title="Delete this prompt?"
          description={<q>{excerpt(prompt.text)}</q>}
          confirmLabel="Delete prompt"
          onConfirm={onDelete}
        >
          Delete
        </ConfirmButton>
      </div>
    </article>
  );
}
