import type { Metadata } from "next";
import { cache } from "react";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { gradingPaths } from "@/components/grading/paths";
import { RubricBuilder } from "@/components/grading/rubric-builder";
import { Badge } from "@/components/ui/badge";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

type RubricPageProps = { params: Promise<{ courseId: string; rubricId: string }>; searchParams: Promise<{ saved?: string }> };

const loadRubric = cache(async (courseId: string, rubricId: string) =>
  loadForPage(gradingPaths.rubric(courseId, rubricId), async () => (await serverApi()).rubric.get({ courseId, rubricId })),
);

export async function generateMetadata({ params }: RubricPageProps): Promise<Metadata> {
  const { courseId, rubricId } = await params;
  const loaded = await loadRubric(courseId, rubricId);
  return { title: loaded.isAllowed ? loaded.data.title : "Rubric" };
}

const notices: Record<string, (version: number) => string> = {
  created: () => "Rubric created.",
  copied: () => "Copy made. It is a rubric of its own: change it freely.",
  version: (version) => `Saved as version ${version}. Grades given with the earlier version keep it.`,
};

export default async function RubricPage({ params, searchParams }: RubricPageProps) {
  const { courseId, rubricId } = await params;
  const { saved } = await searchParams;
  await requireUser(gradingPaths.rubric(courseId, rubricId));
  const [course, loaded] = await Promise.all([loadCourse(courseId), loadRubric(courseId, rubricId)]);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} backHref={`/courses/${courseId}`} backLabel="Back to the course" />;
  const rubric = loaded.data;
  const isInstructor = course.data.role === "INSTRUCTOR";

  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: "Grading", href: gradingPaths.home(courseId) }, { label: "Rubrics", href: gradingPaths.rubrics(courseId) }, { label: rubric.title }]} />
      <PageHeader
        title={rubric.title}
        eyebrow={
          <span className="flex flex-wrap items-center gap-2">
            <span>Rubric</span>
            <Badge tone="stone">Version {rubric.version}</Badge>
            {rubric.isLocked ? <Badge tone="amber">Locked</Badge> : null}
          </span>
        }
        description={isInstructor ? undefined : "Instructors edit rubrics; you can read this one."}
      />
      <RubricBuilder key={rubric.id} courseId={courseId} rubric={rubric} canEdit={isInstructor} notice={saved ? notices[saved]?.(rubric.version) : undefined} />
    </div>
  );
}
