"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { ThreadDetail } from "@/components/seminar/types";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/form-field";
import { ThreadOptionFields } from "@/components/seminar/thread-option-fields";

/** <input type="datetime-local"> speaks local time without a zone; convert at the edges. */
const toLocalInput = (value: Date | null) => {
  if (!value) return "";
  const date = new Date(value);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const fromLocalInput = (value: string) => (value ? new Date(value) : null);

/** Staff options for a thread: post-before-view, anonymity, opening and closing times, lock. */
export function ThreadSettings({ courseId, thread }: { courseId: string; thread: ThreadDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [requirePostBeforeView, setRequirePostBeforeView] = useState(thread.requirePostBeforeView);
  const [anonymousToPeers, setAnonymousToPeers] = useState(thread.anonymousToPeers);
  const [opensAt, setOpensAt] = useState(toLocalInput(thread.opensAt));
  const [closesAt, setClosesAt] = useState(toLocalInput(thread.closesAt));
  const [isLocked, setIsLocked] = useState(thread.lockedAt !== null);
  const update = useMutation(
    trpc.seminar.updateThread.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.seminar.thread.pathKey() }) }),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ courseId, threadId: thread.id, requirePostBeforeView, anonymousToPeers, opensAt: fromLocalInput(opensAt), closesAt: fromLocalInput(closesAt), isLocked });
  };

  return (
    <details className="rounded-lg border border-stone-200 bg-white px-4 py-3">
      <summary className="cursor-pointer font-medium text-stone-900">Thread settings</summary>
      <form onSubmit={onSubmit} className="mt-3 space-y-3 text-sm text-stone-800">
        <ThreadOptionFields
          requirePostBeforeView={requirePostBeforeView}
          anonymousToPeers={anonymousToPeers}
          onRequirePostBeforeViewChange={setRequirePostBeforeView}
          onAnonymousToPeersChange={setAnonymousToPeers}
        />
        <div className="flex flex-wrap gap-3">
          <label>
            <span className="block font-medium">Opens</span>
            <input type="datetime-local" className={controlClasses} value={opensAt} onChange={(event) => setOpensAt(event.target.value)} />
          </label>
          <label>
            <span className="block font-medium">Closes</span>
            <input type="datetime-local" className={controlClasses} value={closesAt} onChange={(event) => setClosesAt(event.target.value)} />
          </label>
        </div>
        <label className="flex items-center gap-2">
          <input type="checkbox" checked={isLocked} onChange={(event) => setIsLocked(event.target.checked)} />
          Locked (nobody can post)
        </label>
        {update.error ? <ErrorAlert>{formErrorMessage(update.error)}</ErrorAlert> : null}
        {update.isSuccess ? <StatusMessage>Saved</StatusMessage> : null}
        <Button type="submit" size="sm" isBusy={update.isPending}>
          Save settings
        </Button>
      </form>
    </details>
  );
}
