"use client";

import { useQuery } from "@tanstack/react-query";
import { LocalTime } from "@/components/debate/local-time";
import { RichText } from "@/components/seminar/rich-text";
import type { PostBody } from "@/components/seminar/types";
import { useTRPC } from "@/components/trpc/react";
import { ErrorAlert } from "@/components/ui/alert";

/** A post's earlier versions, newest first; loaded only when its author or staff open it. */
export function PostHistory({ courseId, postId }: { courseId: string; postId: string }) {
  const trpc = useTRPC();
  const history = useQuery(trpc.seminar.history.queryOptions({ courseId, postId }));
  if (history.error) return <ErrorAlert>{history.error.message}</ErrorAlert>;
  if (!history.data) return <p className="text-sm text-stone-700">Loading earlier versions…</p>;
  return (
    <ol className="space-y-2 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm" aria-label="Earlier versions">
      {history.data.map((revision) => (
        <li key={revision.id} className="space-y-1">
          <p className="text-xs text-stone-700">Version replaced on <LocalTime date={new Date(revision.createdAt)} /></p>
          <RichText body={revision.body as PostBody} />
        </li>
      ))}
    </ol>
  );
}
