import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { ReportQueue } from "@/components/seminar/report-queue";
import { seminarPaths } from "@/components/seminar/types";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Reported posts" };

type ReportsPageProps = { params: Promise<{ courseId: string }> };

export default async function ReportsPage({ params }: ReportsPageProps) {
  const { courseId } = await params;
  await requireUser(seminarPaths.reports(courseId));
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  if (course.data.role === "STUDENT") {
    return <AccessDenied message="Only instructors and TAs review reported posts" backHref={seminarPaths.list(courseId)} backLabel="Back to seminars" />;
  }
  return (
    <div className="space-y-8">
      <PageHeader title="Reported posts" description="Posts students have flagged. Hide a post from its thread, or resolve the report to keep it." />
      <ReportQueue courseId={courseId} />
    </div>
  );
}
