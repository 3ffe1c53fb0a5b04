import { LocalTime } from "@/components/debate/local-time";
import type { GradedPost } from "@/components/grading/participation/types";
import { RichText } from "@/components/seminar/rich-text";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

type GradedPostsProps = { posts: GradedPost[]; studentLabel: string };

/**
 * The graded student's posts in the thread, oldest first, each under the post it answers (folded,
 * so the student's own words lead). Bodies are the stored rich-text JSON, rendered as text.
 */
export function GradedPosts({ posts, studentLabel }: GradedPostsProps) {
  if (posts.length === 0) return <EmptyState title={`${studentLabel} has not posted in this thread`}>Their participation can still be graded against the rubric.</EmptyState>;
  return (
    <ol className="space-y-4" aria-label={`Posts by ${studentLabel}`}>
      {posts.map(({ post, parent }, index) => (
        <li key={post.id}>
          <article aria-labelledby={`graded-post-${post.id}`} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
            <header className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-stone-700">
              <h3 id={`graded-post-${post.id}`} className="font-semibold text-stone-950">
                {parent ? "Reply" : "Post"} {index + 1}
              </h3>
              <LocalTime date={post.createdAt} />
              {post.editedAt ? <span>(edited)</span> : null}
              {post.theory ? <Badge tone="sky">{post.theory.name}</Badge> : null}
              {post.status === "hidden" ? <Badge tone="rose">Hidden by staff{post.hiddenReason ? `: ${post.hiddenReason}` : ""}</Badge> : null}
              {post.isEndorsed ? <Badge tone="emerald">Endorsed</Badge> : null}
            </header>
            {parent ? (
              <details className="rounded-md border-l-4 border-stone-300 bg-stone-50 px-3 py-2 text-sm">
                <summary className="cursor-pointer font-medium text-stone-800">Replying to {parent.authorName}</summary>
                <div className="mt-2">{parent.body ? <RichText body={parent.body} /> : <p className="text-stone-700">{parent.status === "deleted" ? "That post was deleted." : "That post is hidden."}</p>}</div>
              </details>
            ) : null}
            {post.quote ? (
              <blockquote className="border-l-4 border-teal-700 pl-3 text-sm text-stone-800">
                <p>{post.quote.text}</p>
                <footer className="text-stone-600">{post.quote.label}</footer>
              </blockquote>
            ) : null}
            <RichText body={post.body} />
          </article>
        </li>
      ))}
    </ol>
  );
}
