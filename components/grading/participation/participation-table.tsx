import { GradeLink, GradeStatusBadge, queueScore } from "@/components/grading/grade-status";
import { participationPaths } from "@/components/grading/participation/paths";
import type { ParticipationQueue } from "@/components/grading/participation/types";
import { EmptyState } from "@/components/ui/empty-state";

type ParticipationTableProps = { courseId: string; queue: ParticipationQueue };

/** Every student of the course: what they did in the thread, their grade's state, and a link to grade them. */
export function ParticipationTable({ courseId, queue }: ParticipationTableProps) {
  const { thread, students } = queue;
  if (students.length === 0) return <EmptyState title="No students yet">Students appear here once they join the course.</EmptyState>;
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Participation in {thread.title}</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">
              Student
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Posts
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Of which replies
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Replies received
            </th>
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Words
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Grade
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Score
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              <span className="sr-only">Action</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-100">
          {students.map((student) => (
            <tr key={student.userId}>
              <th scope="row" className="px-3 py-2 font-medium text-stone-900">
                {student.name}
              </th>
              <td className="px-3 py-2 text-right text-stone-800 tabular-nums">{student.posts}</td>
              <td className="px-3 py-2 text-right text-stone-800 tabular-nums">{student.replies}</td>
              <td className="px-3 py-2 text-right text-stone-800 tabular-nums">{student.repliesReceived}</td>
              <td className="px-3 py-2 text-right text-stone-800 tabular-nums">{student.words}</td>
              <td className="px-3 py-2">
                <GradeStatusBadge status={student.status} />
              </td>
              <td className="px-3 py-2 text-stone-800">{queueScore(student.score, student.totalPoints)}</td>
              <td className="px-3 py-2 text-right">
                <GradeLink
                  // A grade already begun stays open to its grader even if the thread's rubric was removed.
                  href={thread.rubric || student.status !== "UNGRADED" ? participationPaths.student(courseId, thread.id, student.userId) : null}
                  status={student.status}
                  subject={student.name}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
