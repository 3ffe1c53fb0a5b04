import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { gradingPaths } from "@/components/grading/paths";
import { participationPaths } from "@/components/grading/participation/paths";
import { SeminarGradingList } from "@/components/grading/participation/seminar-grading-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Seminar grading" };

type SeminarGradingPageProps = { params: Promise<{ courseId: string }> };

export default async function SeminarGradingPage({ params }: SeminarGradingPageProps) {
  const { courseId } = await params;
  const returnPath = participationPaths.threads(courseId);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const courseHome = { backHref: `/courses/${courseId}`, backLabel: "Back to the course" };
  if (course.data.role === "STUDENT") return <AccessDenied message="Grading is for instructors and teaching assistants. Your released grades are under My grades." {...courseHome} />;

  const loaded = await loadForPage(returnPath, async () => (await serverApi()).grade.participationThreads({ courseId }));
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} {...courseHome} />;

  return (
    <div className="space-y-8">
      <div>
        <Breadcrumbs items={[{ label: "Grading", href: gradingPaths.home(courseId) }, { label: "Seminars" }]} />
        <PageHeader
          title="Seminar participation"
          description="Each seminar thread's participation, graded per student against a rubric. Students see their grade once you release the thread's grades."
        />
      </div>
      <SeminarGradingList courseId={courseId} threads={loaded.data} />
    </div>
  );
}
