import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { CaseManager } from "@/components/authoring/case-manager";
import { AccessDenied } from "@/components/errors/access-denied";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Authoring" };

type AuthoringPageProps = { params: Promise<{ courseId: string }> };

export default async function AuthoringPage({ params }: AuthoringPageProps) {
  const { courseId } = await params;
  await requireUser(`/courses/${courseId}/authoring`);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;

  return (
    <div className="space-y-8">
      <PageHeader
        title="Authoring"
        description="Order the cases the class works through, and write the prompts for each. Students see posted prompts only."
      />
      <CaseManager courseId={courseId} initialCourse={course.data} />
    </div>
  );
}
