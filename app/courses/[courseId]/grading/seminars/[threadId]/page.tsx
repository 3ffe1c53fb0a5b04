import type { Metadata } from "next";
import Link from "next/link";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { LocalTime } from "@/components/debate/local-time";
import { gradingPaths } from "@/components/grading/paths";
import { ParticipationTable } from "@/components/grading/participation/participation-table";
import { participationPaths } from "@/components/grading/participation/paths";
import { ReleaseThreadGrades } from "@/components/grading/participation/release-thread-grades";
import { ThreadRubricPicker } from "@/components/grading/participation/thread-rubric-picker";
import { seminarPaths } from "@/components/seminar/types";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Participation grading" };

type ParticipationPageProps = { params: Promise<{ courseId: string; threadId: string }> };

export default async function ParticipationPage({ params }: ParticipationPageProps) {
  const { courseId, threadId } = await params;
  const returnPath = participationPaths.thread(courseId, threadId);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const courseHome = { backHref: `/courses/${courseId}`, backLabel: "Back to the course" };
  if (course.data.role === "STUDENT") return <AccessDenied message="Grading is for instructors and teaching assistants. Your released grades are under My grades." {...courseHome} />;

  const loaded = await loadForPage(returnPath, async () => {
    const api = await serverApi();
    const [queue, rubrics] = await Promise.all([api.grade.participationQueue({ courseId, threadId }), api.rubric.list({ courseId })]);
    return { queue, rubrics };
  });
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} {...courseHome} />;
  const { queue, rubrics } = loaded.data;
  const { thread, progress, students } = queue;
  const isInstructor = course.data.role === "INSTRUCTOR";
  const next = thread.rubric ? students.find((student) => student.status !== "FINAL") : undefined;
  const drafts = students.filter((student) => student.status === "DRAFT").length;

  return (
    <div className="space-y-8">
      <div>
        <Breadcrumbs items={[{ label: "Grading", href: gradingPaths.home(courseId) }, { label: "Seminars", href: participationPaths.threads(courseId) }, { label: thread.title }]} />
        <PageHeader
          eyebrow="Seminar participation"
          title={thread.title}
          description="Each student's posts in this thread, graded against a rubric. Students see their grade once you release the thread's grades."
          actions={
            <>
              <ButtonLink href={seminarPaths.thread(courseId, thread.id)} variant="secondary">
                Open the thread
              </ButtonLink>
              {next ? (
                <ButtonLink href={participationPaths.student(courseId, thread.id, next.userId)}>{next.status === "UNGRADED" ? "Start grading" : "Continue grading"}</ButtonLink>
              ) : null}
            </>
          }
        />
      </div>

      <section aria-labelledby="participation-rubric" className="space-y-3">
        <h2 id="participation-rubric" className="font-serif text-xl font-semibold text-stone-950">
          Rubric and release
        </h2>
        <p className="text-sm text-stone-800">
          Rubric:{" "}
          {thread.rubric ? (
            <Link href={gradingPaths.rubric(courseId, thread.rubric.id)} className="font-medium text-teal-800 underline">
              {thread.rubric.title} (version {thread.rubric.version}, {thread.rubric.totalPoints} points)
            </Link>
          ) : (
            <span className="font-medium text-amber-900">none yet{isInstructor ? "" : ": an instructor attaches one"}</span>
          )}
        </p>
        {isInstructor ? <ThreadRubricPicker courseId={courseId} threadId={thread.id} threadTitle={thread.title} currentRubricId={thread.rubric?.id ?? null} rubrics={rubrics} /> : null}
        <div className="flex flex-wrap items-center gap-3 text-sm text-stone-800">
          <span>
            {progress.final} of {progress.total} students graded (final).
          </span>
          {thread.releasedAt ? (
            <span>
              <Badge tone="emerald">Released</Badge> <LocalTime date={thread.releasedAt} />. Grades finalized from now on show to their students at once.
            </span>
          ) : (
            <span>
              <Badge tone="stone">Not released</Badge> Students see nothing until you release this thread&apos;s grades.
            </span>
          )}
        </div>
        {isInstructor && !thread.releasedAt ? <ReleaseThreadGrades courseId={courseId} threadId={thread.id} threadTitle={thread.title} finalCount={progress.final} draftCount={drafts} /> : null}
      </section>

      <section aria-labelledby="participation-students" className="space-y-3">
        <h2 id="participation-students" className="font-serif text-xl font-semibold text-stone-950">
          Students
        </h2>
        <ParticipationTable courseId={courseId} queue={queue} />
      </section>
    </div>
  );
}
