"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";

type JoinCodePanelProps = { courseId: string; initialJoinCode: string; canRegenerate: boolean };

export function JoinCodePanel({ courseId, initialJoinCode, canRegenerate }: JoinCodePanelProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const queryKey = trpc.course.joinCode.queryKey({ courseId });
  const { data } = useQuery(trpc.course.joinCode.queryOptions({ courseId }, { initialData: { joinCode: initialJoinCode } }));
  const regenerate = useMutation(
    trpc.course.regenerateJoinCode.mutationOptions({
      onSuccess: (fresh) => queryClient.setQueryData(queryKey, fresh),
    }),
  );
  const [copyState, setCopyState] = useState<"idle" | "copied" | "failed">("idle");
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");

  useEffect(() => {
    if (copyState !== "copied") return;
    const timer = window.setTimeout(() => setCopyState("idle"), 4000);
    return () => window.clearTimeout(timer);
  }, [copyState]);

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(data.joinCode);
      setCopyState("copied");
    } catch {
      setCopyState("failed");
    }
  }

  function onRegenerate() {
    setError("");
    setStatus("");
    setCopyState("idle");
    regenerate.mutate(
      { courseId },
      {
        onSuccess: () => setStatus("New join code ready. The old code no longer works."),
        onError: (caught) => setError(formErrorMessage(caught)),
      },
    );
  }

  return (
    <section aria-labelledby="join-code-heading" className="rounded-lg border border-stone-200 bg-white p-6">
      <h2 id="join-code-heading" className="font-serif text-xl font-semibold text-stone-950">
        Join code
      </h2>
      <p className="mt-1 text-sm text-stone-700">Students enter this code on their courses page to join.</p>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <p className="rounded-md border border-stone-300 bg-stone-50 px-4 py-2 font-mono text-2xl font-semibold tracking-widest text-stone-950">
          <span className="sr-only">Current join code: </span>
          <span data-testid="join-code">{data.joinCode}</span>
        </p>
        <Button variant="secondary" onClick={onCopy}>
          Copy join code
        </Button>
        {canRegenerate ? (
          <Button variant="secondary" onClick={onRegenerate} isBusy={regenerate.isPending}>
            Regenerate join code
          </Button>
        ) : null}
        <StatusMessage>{copyState === "copied" ? "Copied" : status}</StatusMessage>
      </div>
      <div className="mt-3 space-y-2 empty:hidden">
        {copyState === "failed" ? <ErrorAlert>Your browser did not allow copying. Select the code and copy it yourself.</ErrorAlert> : null}
        {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      </div>
    </section>
  );
}
