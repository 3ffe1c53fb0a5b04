import type { PostNode } from "@/server/domain/seminar/rich-text";
import { isStaff, type Viewer } from "@/server/services/seminar/viewer";

export const anonymousName = "Anonymous student";

export type PostQuote = { kind: "source" | "thesis"; label: string; text: string };

/** The columns a post view is made from. */
export const postSelect = {
  id: true,
  parentId: true,
  depth: true,
  authorId: true,
  body: true,
  quote: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  hiddenAt: true,
  hiddenReason: true,
  pinnedAt: true,
  endorsedAt: true,
  author: { select: { name: true } },
  theory: { select: { id: true, name: true } },
  _count: { select: { replies: true } },
} as const;

type PostRow = {
  id: string;
  parentId: string | null;
  depth: number;
  authorId: string;
  body: unknown;
  quote: unknown;
  createdAt: Date;
  editedAt: Date | null;
  deletedAt: Date | null;
  hiddenAt: Date | null;
  hiddenReason: string | null;
  pinnedAt: Date | null;
  endorsedAt: Date | null;
  author: { name: string };
  theory: { id: string; name: string } | null;
  _count: { replies: number };
};

export type PostView = {
  id: string;
  parentId: string | null;
  depth: number;
  createdAt: Date;
  editedAt: Date | null;
  /** null when the viewer may not know who wrote it. */
  authorId: string | null;
  authorName: string;
  isAuthorStaff: boolean;
  isOwn: boolean;
  status: "visible" | "deleted" | "hidden";
  /** Null for tombstones and for posts hidden from this viewer. */
  body: PostNode | null;
  /** Shown to the author and to staff. */
  hiddenReason: string | null;
  theory: { id: string; name: string } | null;
  quote: PostQuote | null;
  isPinned: boolean;
  isEndorsed: boolean;
  isNew: boolean;
  replyCount: number;
};

export type ViewContext = { viewer: Viewer; staffIds: ReadonlySet<string>; isAnonymous: boolean; lastReadAt: Date | null };

/** One post as this viewer may see it: tombstones lose their text, hidden posts show only to author and staff, anonymity hides peers' names. */
export function toPostView(row: PostRow, context: ViewContext): PostView {
  const isOwn = row.authorId === context.viewer.userId;
  const isAuthorStaff = context.staffIds.has(row.authorId);
  const mayKnowAuthor = isOwn || isStaff(context.viewer) || isAuthorStaff || !context.isAnonymous;
  const status = row.deletedAt ? "deleted" : row.hiddenAt ? "hidden" : "visible";
  const maySeeHidden = isOwn || isStaff(context.viewer);
  const showsBody = status === "visible" || (status === "hidden" && maySeeHidden);
  return {
    id: row.id,
    parentId: row.parentId,
    depth: row.depth,
    createdAt: row.createdAt,
    editedAt: row.editedAt,
    authorId: status === "deleted" || !mayKnowAuthor ? null : row.authorId,
    authorName: status === "deleted" ? "Deleted post" : mayKnowAuthor ? row.author.name : anonymousName,
    isAuthorStaff,
    isOwn,
    status,
    body: showsBody ? (row.body as PostNode) : null,
    hiddenReason: status === "hidden" && maySeeHidden ? row.hiddenReason : null,
    theory: status === "deleted" ? null : row.theory,
    quote: showsBody ? (row.quote as PostQuote | null) : null,
    isPinned: row.pinnedAt !== null,
    isEndorsed: row.endorsedAt !== null,
    isNew: !isOwn && (context.lastReadAt === null || row.createdAt > context.lastReadAt),
    replyCount: row._count.replies,
  };
}
