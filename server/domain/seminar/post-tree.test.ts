import { describe, expect, it } from "vitest";
import { buildPostTree } from "@/server/domain/seminar/post-tree";

const post = (id: string, parentId: string | null, minute: number) => ({ id, parentId, createdAt: new Date(Date.UTC(2026, 0, 1, 0, minute)) });

describe("buildPostTree", () => {
  it("nests three levels and flattens deeper replies under the third, naming their parent", () => {
    const root = post("a", null, 0);
    const replies = [post("d", "c", 4), post("b", "a", 1), post("c", "b", 2), post("e", "d", 5), post("c2", "b", 3)];
    const [tree] = buildPostTree([root], replies);
    expect(tree!.replies.map((node) => node.post.id)).toEqual(["b"]);
    const level2 = tree!.replies[0]!.replies;
    expect(level2.map((node) => node.post.id)).toEqual(["c", "c2"]);
    expect(level2[0]!.replies.map((node) => [node.post.id, node.replyingToId])).toEqual([
      ["d", null],
      ["e", "d"],
    ]);
    expect(level2[0]!.replies.every((node) => node.replies.length === 0)).toBe(true);
  });
});
