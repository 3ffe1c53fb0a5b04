import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { TheoryEditor } from "@/components/authoring/theory-editor";
import { AccessDenied } from "@/components/errors/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Theories" };

type TheoriesPageProps = { params: Promise<{ courseId: string }> };

export default async function TheoriesPage({ params }: TheoriesPageProps) {
  const { courseId } = await params;
  await requireUser(`/courses/${courseId}/authoring/theories`);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const { theories } = course.data;

  return (
    <div className="space-y-8">
      <PageHeader title="Theories" description="The positions students argue from. Each case says what every theory makes of it." />
      {theories.length === 0 ? (
        <EmptyState title="This course has no theories">Courses started from the thesis demo come with realism, liberalism and constructivism.</EmptyState>
      ) : (
        <div className="space-y-6">
          {theories.map((theory, index) => (
            <TheoryEditor key={theory.id} courseId={courseId} theory={theory} index={index} />
          ))}
        </div>
      )}
    </div>
  );
}
