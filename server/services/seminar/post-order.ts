export type PostSort = "newest" | "oldest" | "mostReplied";

export const postSorts = ["newest", "oldest", "mostReplied"] as const satisfies readonly PostSort[];

/** Top-level ordering as Prisma orderBy: pinned posts first, then the reader's choice, ties by id for stable pages. */
export function topLevelOrder(sort: PostSort) {
  const pinned = { pinnedAt: { sort: "desc", nulls: "last" } } as const;
  switch (sort) {
    case "newest":
      return [pinned, { createdAt: "desc" }, { id: "desc" }] as const;
    case "oldest":
      return [pinned, { createdAt: "asc" }, { id: "asc" }] as const;
    case "mostReplied":
      return [pinned, { replies: { _count: "desc" } }, { createdAt: "desc" }, { id: "desc" }] as const;
  }
}
