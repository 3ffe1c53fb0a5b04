import type { Metadata } from "next";
import Link from "next/link";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { gradingPaths } from "@/components/grading/paths";
import { ParticipationGrader } from "@/components/grading/participation/participation-grader";
import { participationPaths } from "@/components/grading/participation/paths";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Grade participation" };

type GraderPageProps = {
  params: Promise<{ courseId: string; threadId: string; studentId: string }>;
  searchParams: Promise<{ blind?: string | string[] }>;
};

export default async function ParticipationGraderPage({ params, searchParams }: GraderPageProps) {
  const { courseId, threadId, studentId } = await params;
  const isBlind = (await searchParams).blind === "1";
  const returnPath = participationPaths.student(courseId, threadId, studentId, isBlind);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const courseHome = { backHref: `/courses/${courseId}`, backLabel: "Back to the course" };
  if (course.data.role === "STUDENT") return <AccessDenied message="Grading is for instructors and teaching assistants." {...courseHome} />;

  const loaded = await loadForPage(returnPath, async () => {
    const api = await serverApi();
    const [view, queue] = await Promise.all([
      api.grade.getParticipation({ courseId, threadId, studentId, isBlind }),
      api.grade.participationQueue({ courseId, threadId }),
    ]);
    return { view, queue };
  });
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} {...courseHome} />;
  const { view, queue } = loaded.data;
  const place = queue.students.findIndex((student) => student.userId === studentId);
  const previous = queue.students[place - 1];
  const next = queue.students[place + 1];
  const title = isBlind ? `Student ${place + 1} of ${queue.students.length}` : (view.student.name ?? "Student");

  return (
    <div className="space-y-8">
      <div>
        <Breadcrumbs
          items={[
            { label: "Grading", href: gradingPaths.home(courseId) },
            { label: "Seminars", href: participationPaths.threads(courseId) },
            { label: view.thread.title, href: participationPaths.thread(courseId, threadId) },
            { label: title },
          ]}
        />
        <PageHeader
          eyebrow={`Participation · ${view.thread.title}`}
          title={title}
          description={view.thread.promptText && view.thread.promptText !== view.thread.title ? view.thread.promptText : undefined}
          actions={
            <>
              <ButtonLink href={participationPaths.student(courseId, threadId, studentId, !isBlind)} variant="secondary">
                {isBlind ? "Show names" : "Grade blind"}
              </ButtonLink>
            </>
          }
        />
      </div>
      {/* A key per student, so moving to the next one starts from their stored grade. */}
      <ParticipationGrader key={`${studentId}-${isBlind}`} courseId={courseId} view={view} isBlind={isBlind} />
      <nav aria-label="Other students" className="flex flex-wrap justify-between gap-3 border-t border-stone-200 pt-4 text-sm">
        {previous ? (
          <Link href={participationPaths.student(courseId, threadId, previous.userId, isBlind)} className="font-medium text-teal-800 underline">
            ← Previous student{isBlind ? "" : `: ${previous.name}`}
          </Link>
        ) : (
          <span />
        )}
        <Link href={participationPaths.thread(courseId, threadId)} className="font-medium text-teal-800 underline">
          All students
        </Link>
        {next ? (
          <Link href={participationPaths.student(courseId, threadId, next.userId, isBlind)} className="font-medium text-teal-800 underline">
            Next student{isBlind ? "" : `: ${next.name}`} →
          </Link>
        ) : (
          <span />
        )}
      </nav>
    </div>
  );
}
