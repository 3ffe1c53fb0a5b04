"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { seminarPaths } from "@/components/seminar/types";
import { fieldErrorsOf, formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClasses, TextField } from "@/components/ui/form-field";
import { ThreadOptionFields } from "@/components/seminar/thread-option-fields";

type OpenThreadFormProps = { courseId: string; cases: { id: string; title: string }[] };

/** Instructors open a thread on a case beyond its seminar prompts. */
export function OpenThreadForm({ courseId, cases }: OpenThreadFormProps) {
  const trpc = useTRPC();
  const router = useRouter();
  const [caseId, setCaseId] = useState(cases[0]?.id ?? "");
  const [title, setTitle] = useState("");
  const [requirePostBeforeView, setRequirePostBeforeView] = useState(false);
  const [anonymousToPeers, setAnonymousToPeers] = useState(false);
  const open = useMutation(trpc.seminar.openThread.mutationOptions({ onSuccess: ({ id }) => router.push(seminarPaths.thread(courseId, id)) }));
  const errors = fieldErrorsOf(open.error);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    open.mutate({ courseId, caseId, title, requirePostBeforeView, anonymousToPeers });
  };

  if (cases.length === 0) return null;
  return (
    <details className="rounded-lg border border-stone-200 bg-white px-4 py-3">
      <summary className="cursor-pointer font-medium text-stone-900">Open a thread on a case</summary>
      <form onSubmit={onSubmit} className="mt-3 space-y-3 text-sm text-stone-800">
        <label className="block">
          <span className="block font-medium">Case</span>
          <select className={controlClasses} value={caseId} onChange={(event) => setCaseId(event.target.value)}>
            {cases.map((item) => (
              <option key={item.id} value={item.id}>
                {item.title}
              </option>
            ))}
          </select>
        </label>
        <TextField label="Thread title" value={title} maxLength={200} required error={errors.title} onChange={(event) => setTitle(event.target.value)} />
        <ThreadOptionFields
          requirePostBeforeView={requirePostBeforeView}
          anonymousToPeers={anonymousToPeers}
          onRequirePostBeforeViewChange={setRequirePostBeforeView}
          onAnonymousToPeersChange={setAnonymousToPeers}
        />
        {open.error ? <ErrorAlert>{formErrorMessage(open.error, ["title"])}</ErrorAlert> : null}
        <Button type="submit" isBusy={open.isPending}>
          Open thread
        </Button>
      </form>
    </details>
  );
}
