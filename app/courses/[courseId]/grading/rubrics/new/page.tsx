import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { gradingPaths } from "@/components/grading/paths";
import { RubricBuilder } from "@/components/grading/rubric-builder";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New rubric" };

type NewRubricPageProps = { params: Promise<{ courseId: string }> };

export default async function NewRubricPage({ params }: NewRubricPageProps) {
  const { courseId } = await params;
  await requireUser(gradingPaths.newRubric(courseId));
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  if (course.data.role !== "INSTRUCTOR") {
    return <AccessDenied message="Only instructors make rubrics." backHref={gradingPaths.rubrics(courseId)} backLabel="Back to rubrics" />;
  }

  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: "Grading", href: gradingPaths.home(courseId) }, { label: "Rubrics", href: gradingPaths.rubrics(courseId) }, { label: "New rubric" }]} />
      <PageHeader
        title="New rubric"
        description="Criteria with weights that add up to 100%, each with levels from best to weakest. A criterion is worth its weight's share of the total points."
      />
      <RubricBuilder courseId={courseId} canEdit />
    </div>
  );
}
