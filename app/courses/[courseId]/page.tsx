import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { CaseList } from "@/components/course/case-list";
import { TheoryList } from "@/components/course/theory-list";
import { ThesisSummary } from "@/components/course/thesis-summary";
import { AccessDenied } from "@/components/errors/access-denied";
import { RoleBadge } from "@/components/ui/labelled-badges";
import { PageHeader } from "@/components/ui/page-header";

type CoursePageProps = { params: Promise<{ courseId: string }> };

export async function generateMetadata({ params }: CoursePageProps): Promise<Metadata> {
  const course = await loadCourse((await params).courseId);
  return { title: course.isAllowed ? course.data.title : "Course" };
}

export default async function CoursePage({ params }: CoursePageProps) {
  const { courseId } = await params;
  await requireUser(`/courses/${courseId}`);
  const loaded = await loadCourse(courseId);
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} />;
  const course = loaded.data;
  const isInstructor = course.role === "INSTRUCTOR";

  return (
    <div className="space-y-12">
      <PageHeader
        title={course.title}
        eyebrow={<RoleBadge role={course.role} />}
        description={course.description ? <p className="whitespace-pre-line">{course.description}</p> : null}
      />
      {course.thesis ? <ThesisSummary thesis={course.thesis} /> : null}
      <TheoryList theories={course.theories} isInstructor={isInstructor} courseId={course.id} />
      <CaseList cases={course.cases} isInstructor={isInstructor} courseId={course.id} />
    </div>
  );
}
