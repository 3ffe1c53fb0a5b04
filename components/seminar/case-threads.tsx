import Link from "next/link";
import { ThreadList } from "@/components/seminar/thread-list";
import { seminarPaths, type ThreadSummary } from "@/components/seminar/types";

/** On a case's page: its seminar threads (on the case itself and on its seminar prompts). */
export function CaseThreads({ courseId, threads }: { courseId: string; threads: ThreadSummary[] }) {
  return (
    <section aria-labelledby="case-threads-heading" className="space-y-3">
      <h2 id="case-threads-heading" className="font-serif text-xl font-semibold text-stone-950">
        Seminar discussions
      </h2>
      {threads.length > 0 ? (
        <ThreadList courseId={courseId} threads={threads} isCaseShown={false} />
      ) : (
        <p className="text-sm text-stone-700">
          No seminar threads on this case yet.{" "}
          <Link href={seminarPaths.list(courseId)} className="font-medium text-teal-900 underline">
            All seminars
          </Link>
        </p>
      )}
    </section>
  );
}
