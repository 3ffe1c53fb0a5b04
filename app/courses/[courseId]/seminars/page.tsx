import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { OpenThreadForm } from "@/components/seminar/open-thread-form";
import { ThreadList } from "@/components/seminar/thread-list";
import { seminarPaths } from "@/components/seminar/types";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Seminars" };

type SeminarsPageProps = { params: Promise<{ courseId: string }> };

export default async function SeminarsPage({ params }: SeminarsPageProps) {
  const { courseId } = await params;
  const returnPath = seminarPaths.list(courseId);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const loaded = await loadForPage(returnPath, async () => (await serverApi()).seminar.list({ courseId }));
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} backHref={`/courses/${courseId}`} backLabel="Back to the course" />;
  const isStaff = course.data.role !== "STUDENT";

  return (
    <div className="space-y-8">
      <PageHeader
        title="Seminars"
        description="Discuss each case's seminar questions between debates, arguing from a theory's lens."
        actions={isStaff ? <ButtonLink href={seminarPaths.reports(courseId)} variant="secondary">Reported posts</ButtonLink> : null}
      />
      {course.data.role === "INSTRUCTOR" ? <OpenThreadForm courseId={courseId} cases={course.data.cases.map(({ id, title }) => ({ id, title }))} /> : null}
      <ThreadList courseId={courseId} threads={loaded.data} />
    </div>
  );
}
