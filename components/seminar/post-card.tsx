"use client";

import { useState } from "react";
import { LocalTime } from "@/components/debate/local-time";
import { PostActions } from "@/components/seminar/post-actions";
import { PostComposer, type ComposerContext } from "@/components/seminar/post-composer";
import { PostHistory } from "@/components/seminar/post-history";
import { RichText } from "@/components/seminar/rich-text";
import type { ThreadNode } from "@/components/seminar/types";
import { Badge } from "@/components/ui/badge";
import { classNames } from "@/components/ui/class-names";

type PostCardProps = { node: ThreadNode; context: ComposerContext; isStaff: boolean; isOpen: boolean; level: number };

/** One post and, nested below it, its replies (the server has already flattened deep ones). */
export function PostCard({ node, context, isStaff, isOpen, level }: PostCardProps) {
  const { post } = node;
  const [mode, setMode] = useState<"read" | "reply" | "edit">("read");
  const [isHistoryOpen, setIsHistoryOpen] = useState(false);
  const canSeeHistory = post.editedAt !== null && post.status !== "deleted" && (post.isOwn || isStaff);
  const headingId = `post-${post.id}-heading`;

  return (
    <li className={classNames(level > 0 && "border-l-2 border-stone-200 pl-4")}>
      <article id={`post-${post.id}`} aria-labelledby={headingId} className={classNames("space-y-2 rounded-lg p-3", post.isNew ? "bg-amber-50" : "bg-white")}>
        <header className="flex flex-wrap items-center gap-2 text-sm">
          <h3 id={headingId} className="font-semibold text-stone-950">
            {post.authorName}
          </h3>
          {post.isAuthorStaff && post.status !== "deleted" ? <Badge tone="sky">Staff</Badge> : null}
          {post.isEndorsed ? <Badge tone="emerald">Endorsed by instructor</Badge> : null}
          {post.isPinned ? <Badge tone="violet">Pinned</Badge> : null}
          {post.theory ? <Badge tone="teal">{post.theory.name}</Badge> : null}
          {post.isNew ? <Badge tone="amber">New</Badge> : null}
          <span className="text-stone-700">
            <LocalTime date={new Date(post.createdAt)} />
            {post.editedAt ? " · edited" : null}
          </span>
          {canSeeHistory ? (
            <button type="button" className="text-xs font-medium text-teal-900 underline" aria-expanded={isHistoryOpen} onClick={() => setIsHistoryOpen(!isHistoryOpen)}>
              {isHistoryOpen ? "Hide earlier versions" : "Earlier versions"}
            </button>
          ) : null}
        </header>
        {isHistoryOpen ? <PostHistory courseId={context.courseId} postId={post.id} /> : null}
        {node.replyingTo ? <p className="text-xs text-stone-700">Replying to {node.replyingTo}</p> : null}
        {post.status === "deleted" ? <p className="text-sm text-stone-700 italic">This post was deleted by its author.</p> : null}
        {post.status === "hidden" ? (
          <p className="rounded-md border border-rose-200 bg-rose-50 px-3 py-2 text-sm text-rose-900">
            Hidden by staff{post.hiddenReason ? `: ${post.hiddenReason}` : "."}
          </p>
        ) : null}
        {post.quote ? (
          <figure className="rounded-md border-l-4 border-teal-700 bg-stone-50 px-3 py-2 text-sm">
            {post.quote.text ? <blockquote className="text-stone-900">{post.quote.text}</blockquote> : null}
            <figcaption className="text-stone-700">— {post.quote.label}</figcaption>
          </figure>
        ) : null}
        {mode === "edit" && post.body ? (
          <PostComposer
            context={context}
            label="Edit your post"
            submitLabel="Save changes"
            editing={{ postId: post.id, body: post.body, theoryId: post.theory?.id ?? null }}
            onDone={() => setMode("read")}
            onCancel={() => setMode("read")}
          />
        ) : post.body ? (
          <RichText body={post.body} />
        ) : null}
        <PostActions
          courseId={context.courseId}
          post={post}
          isStaff={isStaff}
          isOpen={isOpen}
          onReply={() => setMode(mode === "reply" ? "read" : "reply")}
          onEdit={() => setMode("edit")}
        />
        {mode === "reply" ? (
          <PostComposer
            context={context}
            label={`Your reply to ${post.authorName}`}
            submitLabel="Post reply"
            parentId={post.id}
            onDone={() => setMode("read")}
            onCancel={() => setMode("read")}
          />
        ) : null}
      </article>
      {node.replies.length > 0 ? (
        <ul className="mt-2 space-y-2" aria-label={`Replies to ${post.authorName}`}>
          {node.replies.map((reply) => (
            <PostCard key={reply.post.id} node={reply} context={context} isStaff={isStaff} isOpen={isOpen} level={level + 1} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
