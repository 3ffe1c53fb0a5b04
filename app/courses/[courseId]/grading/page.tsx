import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { DebateGrading } from "@/components/grading/debate-grading";
import { participationPaths } from "@/components/grading/participation/paths";
import { gradingPaths } from "@/components/grading/paths";
import { buttonClasses } from "@/components/ui/button-classes";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Grading" };

type GradingPageProps = { params: Promise<{ courseId: string }> };

export default async function GradingPage({ params }: GradingPageProps) {
  const { courseId } = await params;
  const returnPath = gradingPaths.home(courseId);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const courseHome = { backHref: `/courses/${courseId}`, backLabel: "Back to the course" };
  if (course.data.role === "STUDENT") return <AccessDenied message="Grading is for instructors and teaching assistants. Your released grades are under My grades." {...courseHome} />;

  const loaded = await loadForPage(returnPath, async () => {
    const api = await serverApi();
    const [debates, rubrics] = await Promise.all([api.debate.list({ courseId }), api.rubric.list({ courseId })]);
    // Only published debates have rounds that lock into submissions.
    const published = debates.filter((debate) => debate.status === "PUBLISHED");
    const queues = await Promise.all(published.map((debate) => api.grade.queue({ courseId, debateId: debate.id })));
    return { queues, rubrics };
  });
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} {...courseHome} />;
  const { queues, rubrics } = loaded.data;
  const isInstructor = course.data.role === "INSTRUCTOR";

  return (
    <div className="space-y-8">
      <PageHeader
        title="Grading"
        description="Each debate's arguments, frozen when their round locks, graded against a rubric. Students see their grades once you release a debate's grades."
        actions={
          <>
            <ButtonLink href={gradingPaths.rubrics(courseId)} variant="secondary">
              Rubrics
            </ButtonLink>
            <ButtonLink href={participationPaths.threads(courseId)} variant="secondary">
              Seminar participation
            </ButtonLink>
            <a href={gradingPaths.gradebookCsv(courseId)} download className={buttonClasses("secondary")}>
              Gradebook (CSV)
            </a>
            <a href={gradingPaths.rubricDetailCsv(courseId)} download className={buttonClasses("secondary")}>
              Rubric detail (CSV)
            </a>
          </>
        }
      />
      {queues.length === 0 ? (
        <EmptyState title="Nothing to grade yet">Debates appear here once their teams are published; each round&apos;s arguments can be graded after it locks.</EmptyState>
      ) : (
        <div className="space-y-6">
          {queues.map((queue) => (
            <DebateGrading key={queue.debate.id} courseId={courseId} queue={queue} rubrics={rubrics} isInstructor={isInstructor} />
          ))}
        </div>
      )}
    </div>
  );
}
