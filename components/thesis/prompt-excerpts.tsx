import { serverApi } from "@/server/api/server-caller";
import { ExcerptList } from "./excerpt-list";

/** A prompt's thesis passages under its text (a debate's motion, say); nothing when it has none. */
export async function PromptExcerpts({ courseId, promptId }: { courseId: string; promptId: string }) {
  const excerpts = await (await serverApi()).thesis.excerptsFor({ courseId, promptId }).catch(() => []);
  if (excerpts.length === 0) return null;
  return (
    <div className="mt-3">
      <ExcerptList courseId={courseId} excerpts={excerpts} label="Passages this prompt was made from" />
    </div>
  );
}
