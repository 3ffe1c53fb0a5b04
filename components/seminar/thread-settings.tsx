"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { ThreadDetail } from "@/components/seminar/types";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { controlClasses } from "@/components/ui/form-field";
import { ThreadOptionFields } from "@/components/seminar/thread-option-fields";
import { fromDateTimeLocal, toDateTimeLocal } from "@/components/debate/time";
import { useIsHydrated } from "@/components/ui/use-is-hydrated";

/**
 * <input type="datetime-local"> speaks the browser's time zone, which the server render does not
 * know: until hydration an untouched time field is empty rather than in the server's zone (which
 * would be a hydration mismatch, and a wrong time for a reader elsewhere).
 */
function useLocalInput(value: Date | null) {
  const isHydrated = useIsHydrated();
  const [edited, setEdited] = useState<string | null>(null);
  const shown = edited ?? (isHydrated && value ? toDateTimeLocal(new Date(value)) : "");
  return [shown, setEdited] as const;
}

/** Staff options for a thread: post-before-view, anonymity, opening and closing times, lock. */
export function ThreadSettings({ courseId, thread }: { courseId: string; thread: ThreadDetail }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [requirePostBeforeView, setRequirePostBeforeView] = useState(thread.requirePostBeforeView);
  const [anonymousToPeers, setAnonymousToPeers] = useState(thread.anonymousToPeers);
  const [opensAt, setOpensAt] = useLocalInput(thread.opensAt);
  const [closesAt, setClosesAt] = useLocalInput(thread.closesAt);
  const [isLocked, setIsLocked] = useState(thread.lockedAt !== null);
  const update = useMutation(
    trpc.seminar.updateThread.mutationOptions({ onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.seminar.thread.pathKey() }) }),
  );

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({ courseId, threadId: thread.id, requirePostBeforeView, anonymousToPeers, opensAt: fromDateTimeLocal(opensAt), closesAt: fromDateTimeLocal(closesAt), isLocked });
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
        <CheckboxField label="Locked (nobody can post)" checked={isLocked} onChange={(event) => setIsLocked(event.target.checked)} />
        {update.error ? <ErrorAlert>{formErrorMessage(update.error)}</ErrorAlert> : null}
        {update.isSuccess ? <StatusMessage>Saved</StatusMessage> : null}
        <Button type="submit" size="sm" isBusy={update.isPending}>
          Save settings
        </Button>
      </form>
    </details>
  );
}
