import { serverApi } from "@/server/api/server-caller";
import { ExcerptList } from "./excerpt-list";

/** Under a seminar thread's question: the thesis passages it was made from, if any. */
export async function ThreadExcerpts({ courseId, threadId }: { courseId: string; threadId: string }) {
  const excerpts = await (await serverApi()).thesis.threadExcerpts({ courseId, threadId }).catch(() => []);
  if (excerpts.length === 0) return null;
  return (
    <div className="mt-3">
      <ExcerptList courseId={courseId} excerpts={excerpts} label="Passages this question was made from" />
    </div>
  );
}
