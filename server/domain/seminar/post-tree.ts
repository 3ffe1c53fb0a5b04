/** Levels shown nested: top-level posts, replies, and replies to those. Deeper replies are flattened. */
export const shownLevels = 3;

export type FlatPost = { id: string; parentId: string | null; createdAt: Date };

export type TreeNode<T extends FlatPost> = {
  post: T;
  /** Set when the post is shown under an ancestor rather than its own parent (it replies deeper). */
  replyingToId: string | null;
  replies: TreeNode<T>[];
};

/**
 * Nests posts for display. Replies deeper than the third level are shown, oldest first, under
 * their third-level ancestor with "replying to" their real parent, so a long exchange stays readable.
 * Posts whose parent is not in the list (another page) are skipped.
 */
export function buildPostTree<T extends FlatPost>(roots: readonly T[], replies: readonly T[]): TreeNode<T>[] {
  const children = new Map<string, T[]>();
  for (const reply of [...replies].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())) {
    if (!reply.parentId) continue;
    const list = children.get(reply.parentId) ?? [];
    list.push(reply);
    children.set(reply.parentId, list);
  }
  const descendants = (post: T): T[] => (children.get(post.id) ?? []).flatMap((child) => [child, ...descendants(child)]);
  const build = (post: T, level: number, replyingToId: string | null): TreeNode<T> => {
    if (level < shownLevels - 1) {
      return { post, replyingToId, replies: (children.get(post.id) ?? []).map((child) => build(child, level + 1, null)) };
    }
    const flattened = descendants(post)
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((child) => ({ post: child, replyingToId: child.parentId === post.id ? null : child.parentId, replies: [] }));
    return { post, replyingToId, replies: flattened };
  };
  return roots.map((root) => build(root, 0, null));
}
