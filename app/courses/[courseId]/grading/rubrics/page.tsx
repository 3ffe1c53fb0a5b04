import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { gradingPaths } from "@/components/grading/paths";
import { RubricList } from "@/components/grading/rubric-list";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Rubrics" };

type RubricsPageProps = { params: Promise<{ courseId: string }> };

export default async function RubricsPage({ params }: RubricsPageProps) {
  const { courseId } = await params;
  const returnPath = gradingPaths.rubrics(courseId);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const loaded = await loadForPage(returnPath, async () => (await serverApi()).rubric.list({ courseId }));
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} backHref={`/courses/${courseId}`} backLabel="Back to the course" />;
  const isInstructor = course.data.role === "INSTRUCTOR";

  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: "Grading", href: gradingPaths.home(courseId) }, { label: "Rubrics" }]} />
      <PageHeader
        title="Rubrics"
        description="The course's rubrics. Attach one to a debate (or one of its rounds) on the grading page. Once grading starts, a rubric is locked: editing it makes a new version."
        actions={
          isInstructor ? (
            <ButtonLink href={gradingPaths.newRubric(courseId)}>
              <span aria-hidden="true">+</span> New rubric
            </ButtonLink>
          ) : null
        }
      />
      <RubricList courseId={courseId} rubrics={loaded.data} canEdit={isInstructor} />
    </div>
  );
}
