import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { DeriveForm } from "@/components/thesis/derive-form";
import { libraryPaths } from "@/components/thesis/paths";
import { ErrorAlert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

type DerivePageProps = {
  params: Promise<{ courseId: string; thesisId: string }>;
  searchParams: Promise<{ kind?: string | string[]; p?: string | string[]; case?: string | string[] }>;
};

const list = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : []);

export async function generateMetadata({ searchParams }: DerivePageProps): Promise<Metadata> {
  return { title: list((await searchParams).kind)[0] === "prompt" ? "Prompt from the thesis" : "Case from the thesis" };
}

export default async function DerivePage({ params, searchParams }: DerivePageProps) {
  const { courseId, thesisId } = await params;
  const query = await searchParams;
  const kind = list(query.kind)[0] === "prompt" ? "prompt" : "case";
  const anchors = [...new Set(list(query.p).map((anchor) => anchor.trim()).filter((anchor) => anchor !== "" && anchor.length <= 40))].slice(0, 20);
  const returnPath = libraryPaths.derive(courseId, thesisId, kind, anchors);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  if (course.data.role !== "INSTRUCTOR") return <AccessDenied message="Only the course's instructors make cases and prompts from the thesis." />;
  const title = kind === "prompt" ? "New prompt from the thesis" : "New case from the thesis";
  const crumbs = [{ label: "Library", href: libraryPaths.library(courseId) }, { label: "Reader", href: libraryPaths.reader(courseId, thesisId) }, { label: title }];

  if (anchors.length === 0) {
    return (
      <div className="space-y-6">
        <Breadcrumbs items={crumbs} />
        <PageHeader title={title} />
        <EmptyState title="No passages were chosen">Select one or more passages in the reader first.</EmptyState>
      </div>
    );
  }
  const loaded = await loadForPage(returnPath, async () => (await serverApi()).thesis.passages({ courseId, thesisId, anchors }));
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} />;
  const { thesis, passages, missing } = loaded.data;
  const caseParam = list(query.case)[0] ?? null;

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[crumbs[0]!, { label: thesis.title, href: libraryPaths.reader(courseId, thesisId) }, crumbs[2]!]} />
      <PageHeader title={title} description={`From “${thesis.title}”${thesis.author ? ` by ${thesis.author}` : ""}.`} />
      {missing.length > 0 ? <ErrorAlert>{missing.length === 1 ? "One chosen passage is" : `${missing.length} chosen passages are`} no longer in the thesis and will be left out.</ErrorAlert> : null}
      {passages.length === 0 ? (
        <EmptyState title="None of the chosen passages is in this thesis">Go back to the reader and select them again.</EmptyState>
      ) : (
        <DeriveForm
          courseId={courseId}
          thesisId={thesisId}
          kind={kind}
          passages={passages}
          cases={course.data.cases.map(({ id, title: caseTitle }) => ({ id, title: caseTitle }))}
          caseId={caseParam && course.data.cases.some((item) => item.id === caseParam) ? caseParam : null}
        />
      )}
    </div>
  );
}
