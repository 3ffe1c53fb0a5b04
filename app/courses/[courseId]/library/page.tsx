import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { ImportList } from "@/components/thesis/import-list";
import { libraryPaths } from "@/components/thesis/paths";
import { ThesisList } from "@/components/thesis/thesis-list";
import { UploadForm } from "@/components/thesis/upload-form";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Thesis library" };

type LibraryPageProps = { params: Promise<{ courseId: string }> };

export default async function LibraryPage({ params }: LibraryPageProps) {
  const { courseId } = await params;
  const returnPath = libraryPaths.library(courseId);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const isStaff = course.data.role !== "STUDENT";
  const loaded = await loadForPage(returnPath, async () => {
    const api = await serverApi();
    const [theses, imports] = await Promise.all([api.thesis.list({ courseId }), isStaff ? api.thesis.imports({ courseId }) : Promise.resolve([])]);
    return { theses, imports };
  });
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} backHref={`/courses/${courseId}`} backLabel="Back to the course" />;
  const { theses, imports } = loaded.data;

  return (
    <div className="space-y-8">
      <PageHeader title="Thesis library" description="Read the thesis this course is built on: chapter by chapter, with its footnotes, and search it." />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ThesisList courseId={courseId} theses={theses} isStaff={isStaff} />
        {isStaff ? (
          <div className="space-y-8">
            {course.data.role === "INSTRUCTOR" ? <UploadForm courseId={courseId} theses={theses.map(({ id, title }) => ({ id, title }))} /> : null}
            <ImportList courseId={courseId} initial={imports} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
