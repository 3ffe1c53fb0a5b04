"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { PostView } from "@/components/seminar/types";
import { formErrorMessage } from "@/components/trpc/errors";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert, StatusMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { controlClasses } from "@/components/ui/form-field";

type PostActionsProps = { courseId: string; post: PostView; isStaff: boolean; isOpen: boolean; onReply: () => void; onEdit: () => void };

/** What the viewer may do with a post: reply, edit and delete their own, report others', moderate as staff. */
export function PostActions({ courseId, post, isStaff, isOpen, onReply, onEdit }: PostActionsProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<"hide" | "report" | null>(null);
  const [reason, setReason] = useState("");
  const [status, setStatus] = useState("");
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.seminar.thread.pathKey() });
  const options = { onSuccess: refresh };
  const pin = useMutation(trpc.seminar.pin.mutationOptions(options));
  const endorse = useMutation(trpc.seminar.endorse.mutationOptions(options));
  const hide = useMutation(trpc.seminar.hide.mutationOptions(options));
  const unhide = useMutation(trpc.seminar.unhide.mutationOptions(options));
  const remove = useMutation(trpc.seminar.delete.mutationOptions(options));
  const report = useMutation(trpc.seminar.report.mutationOptions());
  const error = [pin, endorse, hide, unhide, remove, report].find((mutation) => mutation.error)?.error;
  const ref = { courseId, postId: post.id };

  if (post.status === "deleted") return null;

  const onReasonSubmit = (event: FormEvent) => {
    event.preventDefault();
    const done = () => {
      setForm(null);
      setReason("");
    };
    if (form === "hide") hide.mutate({ ...ref, reason }, { onSuccess: done });
    if (form === "report") report.mutate({ ...ref, reason }, { onSuccess: () => (done(), setStatus("Reported. Staff will review it.")) });
  };

  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {isOpen && post.status === "visible" ? (
          <Button size="sm" variant="quiet" onClick={onReply}>
            Reply
          </Button>
        ) : null}
        {isOpen && post.isOwn && post.status === "visible" ? (
          <>
            <Button size="sm" variant="quiet" onClick={onEdit}>
              Edit
            </Button>
            <ConfirmButton
              variant="quiet"
              title="Delete this post?"
              description="Its text goes; a “deleted” marker keeps its replies in place."
              confirmLabel="Delete post"
              isBusy={remove.isPending}
              onConfirm={() => remove.mutate(ref)}
            >
              Delete
            </ConfirmButton>
          </>
        ) : null}
        {!post.isOwn && !isStaff && post.status === "visible" ? (
          <Button size="sm" variant="quiet" onClick={() => setForm(form === "report" ? null : "report")}>
            Report
          </Button>
        ) : null}
        {isStaff ? (
          <>
            <Button size="sm" variant="quiet" isBusy={pin.isPending} onClick={() => pin.mutate({ ...ref, isPinned: !post.isPinned })}>
              {post.isPinned ? "Unpin" : "Pin"}
            </Button>
            <Button size="sm" variant="quiet" isBusy={endorse.isPending} onClick={() => endorse.mutate({ ...ref, isEndorsed: !post.isEndorsed })}>
              {post.isEndorsed ? "Remove endorsement" : "Endorse"}
            </Button>
            {post.status === "hidden" ? (
              <Button size="sm" variant="quiet" isBusy={unhide.isPending} onClick={() => unhide.mutate(ref)}>
                Unhide
              </Button>
            ) : (
              <Button size="sm" variant="quiet" onClick={() => setForm(form === "hide" ? null : "hide")}>
                Hide
              </Button>
            )}
          </>
        ) : null}
      </div>
      {form ? (
        <form onSubmit={onReasonSubmit} className="flex flex-wrap items-end gap-2">
          <label className="grow text-sm text-stone-800">
            <span className="block font-medium">{form === "hide" ? "Reason for hiding (the author sees it)" : "Why are you reporting this post?"}</span>
            <input className={controlClasses} value={reason} minLength={3} maxLength={500} required onChange={(event) => setReason(event.target.value)} />
          </label>
          <Button type="submit" size="sm" variant={form === "hide" ? "danger" : "secondary"} isBusy={hide.isPending || report.isPending}>
            {form === "hide" ? "Hide post" : "Send report"}
          </Button>
        </form>
      ) : null}
      {error ? <ErrorAlert>{formErrorMessage(error)}</ErrorAlert> : null}
      {status ? <StatusMessage>{status}</StatusMessage> : null}
    </div>
  );
}
