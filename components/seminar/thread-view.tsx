"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useSubscription } from "@trpc/tanstack-react-query";
import { useEffect, useRef, useState } from "react";
import { PostCard } from "@/components/seminar/post-card";
import { PostComposer } from "@/components/seminar/post-composer";
import { ThreadSchedule } from "@/components/seminar/thread-schedule";
import { ThreadSettings } from "@/components/seminar/thread-settings";
import type { PostSort, ThreadDetail, ThreadNode } from "@/components/seminar/types";
import { useTRPC } from "@/components/trpc/react";
import { useStreamWhileVisible } from "@/components/trpc/use-stream-while-visible";
import { ErrorAlert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/form-field";
import { EmptyState } from "@/components/ui/empty-state";

const stateNotice: Record<ThreadDetail["state"], string | null> = {
  OPEN: null,
  SCHEDULED: "This thread has not opened yet.",
  CLOSED: "This thread is closed: you can read it, but not post.",
  LOCKED: "Staff have locked this thread: you can read it, but not post.",
};

const hasNewPost = (node: ThreadNode): boolean => node.post.isNew || node.replies.some(hasNewPost);

type ThreadViewProps = {
  courseId: string;
  threadId: string;
  isStaff: boolean;
  /** The first page in the default order, as the server rendered it: shown without a loading step. */
  initial: ThreadDetail;
};

/** A seminar thread: options, the composer, the posts page by page, kept live over SSE. */
export function ThreadView({ courseId, threadId, isStaff, initial }: ThreadViewProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [sort, setSort] = useState<PostSort>("oldest");
  const [theoryId, setTheoryId] = useState("");
  const [page, setPage] = useState(0);
  const input = { courseId, threadId, sort, theoryId: theoryId === "" ? null : theoryId, page };
  const isDefaultView = sort === "oldest" && theoryId === "" && page === 0;
  const thread = useQuery(trpc.seminar.thread.queryOptions(input, { initialData: isDefaultView ? initial : undefined }));
  const markRead = useMutation(trpc.seminar.markRead.mutationOptions());

  // Once per visit, after the "new since your last visit" markers have been read from the server.
  const hasMarked = useRef(false);
  const { mutate: markThreadRead } = markRead;
  useEffect(() => {
    if (!thread.data || hasMarked.current) return;
    hasMarked.current = true;
    markThreadRead({ courseId, threadId });
  }, [thread.data, markThreadRead, courseId, threadId]);

  // Every cached page and sort of the thread, not only the one shown: a new post moves later
  // posts to the next page (newest first) or adds a page (oldest first).
  const refreshThread = () => queryClient.invalidateQueries({ queryKey: trpc.seminar.thread.queryKey({ courseId, threadId }) });
  const [startCount, setStartCount] = useState(0);
  // Posts may have arrived while the stream was reconnecting: catch up once. The first start
  // follows the server render, which is already current.
  useEffect(() => {
    if (startCount > 1) void queryClient.invalidateQueries({ queryKey: trpc.seminar.thread.queryKey({ courseId, threadId }) });
  }, [startCount, queryClient, trpc, courseId, threadId]);
  const isStreaming = useStreamWhileVisible();
  useSubscription(
    trpc.seminar.events.subscriptionOptions(
      { courseId },
      {
        enabled: isStreaming,
        onStarted: () => setStartCount((count) => count + 1),
        onData: (event) => {
          if (event.threadId === threadId) void refreshThread();
        },
      },
    ),
  );

  if (thread.error) return <ErrorAlert>{thread.error.message}</ErrorAlert>;
  if (!thread.data) return <p className="text-stone-700">Loading the discussion…</p>;
  const data = thread.data;
  const isOpen = data.state === "OPEN";
  const context = { courseId, threadId, theories: data.theories, sources: data.sources };
  const notice = stateNotice[data.state];

  return (
    <div className="space-y-8">
      {isStaff ? <ThreadSettings courseId={courseId} thread={data} /> : null}
      {notice ? <p className="rounded-md border border-stone-300 bg-stone-50 px-3 py-2 text-sm text-stone-800">{notice}</p> : null}
      <ThreadSchedule state={data.state} opensAt={data.opensAt} closesAt={data.closesAt} />
      {isOpen ? (
        <section aria-labelledby="compose-heading" className="space-y-3">
          <h2 id="compose-heading" className="font-serif text-xl font-semibold text-stone-950">
            Add to the discussion
          </h2>
          {data.anonymousToPeers && !isStaff ? <p className="text-sm text-stone-700">Your classmates will see your post as “Anonymous student”; staff see your name.</p> : null}
          <PostComposer context={context} label="Your post" submitLabel="Post" />
        </section>
      ) : null}
      <section aria-labelledby="posts-heading" className="space-y-4">
        <div className="flex flex-wrap items-end justify-between gap-3">
          <h2 id="posts-heading" className="font-serif text-xl font-semibold text-stone-950">
            Posts {data.mustPostFirst ? null : <span className="text-base font-normal text-stone-700">({data.totalTopLevel})</span>}
          </h2>
          {data.mustPostFirst ? null : (
            <div className="flex flex-wrap gap-3">
              <label className="text-sm text-stone-800">
                <span className="block font-medium">Sort</span>
                <select className={controlClasses} value={sort} onChange={(event) => (setSort(event.target.value as PostSort), setPage(0))}>
                  <option value="oldest">Oldest first</option>
                  <option value="newest">Newest first</option>
                  <option value="mostReplied">Most replied</option>
                </select>
              </label>
              <label className="text-sm text-stone-800">
                <span className="block font-medium">Theory</span>
                <select className={controlClasses} value={theoryId} onChange={(event) => (setTheoryId(event.target.value), setPage(0))}>
                  <option value="">All theories</option>
                  {data.theories.map((theory) => (
                    <option key={theory.id} value={theory.id}>
                      {theory.name}
                    </option>
                  ))}
                </select>
              </label>
            </div>
          )}
        </div>
        {data.lastReadAt && data.posts.some(hasNewPost) ? <p className="text-sm text-stone-700">Posts marked “New” arrived since your last visit.</p> : null}
        {data.mustPostFirst ? (
          <EmptyState title="Post first to see your classmates’ posts">
            In this thread you share your own view before reading the others. Once you have posted, the discussion appears here.
          </EmptyState>
        ) : data.posts.length === 0 ? (
          <EmptyState title="No posts yet">{isOpen ? "Start the discussion." : null}</EmptyState>
        ) : (
          <ul className="space-y-4">
            {data.posts.map((node) => (
              <PostCard key={node.post.id} node={node} context={context} isStaff={isStaff} isOpen={isOpen} level={0} />
            ))}
          </ul>
        )}
        {data.pageCount > 1 ? (
          <nav aria-label="Pages of posts" className="flex items-center gap-3">
            <Button size="sm" variant="secondary" disabled={page === 0} onClick={() => setPage(page - 1)}>
              Previous
            </Button>
            <span className="text-sm text-stone-700">
              Page {page + 1} of {data.pageCount}
            </span>
            <Button size="sm" variant="secondary" disabled={page + 1 >= data.pageCount} onClick={() => setPage(page + 1)}>
              Next
            </Button>
          </nav>
        ) : null}
      </section>
    </div>
  );
}
