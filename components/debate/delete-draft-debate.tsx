"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { ConfirmAction } from "@/components/debate/confirm-action";
import { debatePaths } from "@/components/debate/paths";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert } from "@/components/ui/alert";

/** Throws away a debate set up by mistake, while its teams are still unpublished. */
export function DeleteDraftDebate({ courseId, debateId, title }: { courseId: string; debateId: string; title: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.debate.delete.mutationOptions({ onSuccess: () => router.push(debatePaths.list(courseId)) }));
  return (
    <div className="flex flex-col items-end gap-2">
      <ConfirmAction
        title="Delete this draft debate?"
        description={<p>“{title}” and its round plan will be removed. Students never saw it.</p>}
        confirmLabel="Delete debate"
        onConfirm={() => remove.mutate({ courseId, debateId })}
        isBusy={remove.isPending}
      >
        Delete draft
      </ConfirmAction>
      {remove.error ? <ErrorAlert>{formErrorMessage(remove.error)}</ErrorAlert> : null}
    </div>
  );
}
