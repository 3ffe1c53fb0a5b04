import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { ChapterReader } from "@/components/thesis/chapter-reader";
import { libraryPaths } from "@/components/thesis/paths";
import { TableOfContents } from "@/components/thesis/table-of-contents";
import { ThesisSearch } from "@/components/thesis/thesis-search";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

type ReaderPageProps = {
  params: Promise<{ courseId: string; thesisId: string }>;
  searchParams: Promise<{ chapter?: string | string[]; p?: string | string[] }>;
};

const single = (value: string | string[] | undefined) => (typeof value === "string" && value.trim() !== "" ? value.trim().slice(0, 64) : null);

async function loadReader(courseId: string, thesisId: string, chapterId: string | null, anchor: string | null) {
  return loadForPage(libraryPaths.reader(courseId, thesisId, { chapterId, anchor }), async () => {
    const api = await serverApi();
    const [outline, chapter] = await Promise.all([api.thesis.outline({ courseId, thesisId }), api.thesis.chapter({ courseId, thesisId, chapterId, anchor: anchor?.slice(0, 40) ?? null })]);
    return { outline, chapter };
  });
}

export async function generateMetadata({ params }: ReaderPageProps): Promise<Metadata> {
  const { courseId, thesisId } = await params;
  const loaded = await loadForPage(libraryPaths.reader(courseId, thesisId), async () => (await serverApi()).thesis.outline({ courseId, thesisId }));
  return { title: loaded.isAllowed ? loaded.data.title : "Thesis" };
}

export default async function ReaderPage({ params, searchParams }: ReaderPageProps) {
  const { courseId, thesisId } = await params;
  const query = await searchParams;
  const chapterId = single(query.chapter);
  const anchor = single(query.p);
  await requireUser(libraryPaths.reader(courseId, thesisId, { chapterId, anchor }));
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const loaded = await loadReader(courseId, thesisId, chapterId, anchor);
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} backHref={libraryPaths.library(courseId)} backLabel="Back to the library" />;
  const { outline, chapter } = loaded.data;

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Library", href: libraryPaths.library(courseId) }, { label: outline.title }]} />
      <PageHeader title={outline.title} eyebrow={outline.author || undefined} />
      <div className="grid gap-8 lg:grid-cols-[18rem_minmax(0,1fr)]">
        <div className="space-y-8 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto lg:pr-2">
          <ThesisSearch courseId={courseId} thesisId={thesisId} />
          <TableOfContents courseId={courseId} outline={outline} currentChapterId={chapter.chapter?.id ?? null} />
        </div>
        <ChapterReader key={chapter.chapter?.id ?? "none"} courseId={courseId} data={chapter} highlight={anchor} canDerive={course.data.role === "INSTRUCTOR"} />
      </div>
    </div>
  );
}
