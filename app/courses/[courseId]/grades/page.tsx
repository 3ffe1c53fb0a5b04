import type { Metadata } from "next";
import Link from "next/link";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { MyGrades } from "@/components/grading/my-grades";
import { gradingPaths } from "@/components/grading/paths";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "My grades" };

type GradesPageProps = { params: Promise<{ courseId: string }> };

export default async function GradesPage({ params }: GradesPageProps) {
  const { courseId } = await params;
  const returnPath = gradingPaths.myGrades(courseId);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const loaded = await loadForPage(returnPath, async () => (await serverApi()).grade.mine({ courseId }));
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} backHref={`/courses/${courseId}`} backLabel="Back to the course" />;
  const grades = loaded.data;
  const isStaff = course.data.role !== "STUDENT";

  return (
    <div className="space-y-8">
      <PageHeader title="My grades" description="Your grades once your instructor releases them, with the rubric's feedback on each criterion." />
      {grades.length > 0 ? (
        <MyGrades grades={grades} />
      ) : isStaff ? (
        <EmptyState title="Course staff have no grades here">
          Students see their released grades on this page.{" "}
          <Link href={gradingPaths.home(courseId)} className="font-medium text-teal-800 underline">
            Go to grading
          </Link>
        </EmptyState>
      ) : (
        <EmptyState title="No grades released yet">Your instructor releases each debate&apos;s grades when grading is done. They appear here, with feedback on each criterion.</EmptyState>
      )}
    </div>
  );
}
