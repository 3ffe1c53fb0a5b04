import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AssignmentEditor } from "@/components/debate/assignment/assignment-editor";
import { shortTitle } from "@/components/debate/labels";
import { debatePaths } from "@/components/debate/paths";
import { AccessDenied } from "@/components/errors/access-denied";
import { ErrorAlert } from "@/components/ui/alert";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Assign teams" };

type AssignmentPageProps = { params: Promise<{ courseId: string; debateId: string }> };

/** The first proposal; an assignment that cannot be made (too few students) is explained, not a crash. */
async function firstProposal(courseId: string, debateId: string) {
  try {
    const preview = await (await serverApi()).debate.previewAssignment({ courseId, debateId, pins: [], excludedStudentIds: [], seed: null });
    return { preview, problem: null };
  } catch (error) {
    if (error instanceof TRPCError && (error.code === "BAD_REQUEST" || error.code === "PRECONDITION_FAILED")) return { preview: null, problem: error.message };
    throw error;
  }
}

export default async function AssignmentPage({ params }: AssignmentPageProps) {
  const { courseId, debateId } = await params;
  const returnPath = debatePaths.assignment(courseId, debateId);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const back = { backHref: debatePaths.debate(courseId, debateId), backLabel: "Back to the debate" };
  if (course.data.role !== "INSTRUCTOR") return <AccessDenied message="Only instructors assign teams." {...back} />;
  const loaded = await loadForPage(returnPath, async () => (await serverApi()).debate.get({ courseId, debateId }));
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} {...back} />;
  const debate = loaded.data;

  const crumbs = (
    <Breadcrumbs
      items={[
        { label: "Debates", href: debatePaths.list(courseId) },
        { label: shortTitle(debate.title), href: debatePaths.debate(courseId, debateId) },
        { label: "Assign teams" },
      ]}
    />
  );

  if (debate.status === "PUBLISHED") {
    return (
      <div className="space-y-8">
        {crumbs}
        <PageHeader title="Assign teams" description={debate.title} />
        <div className="rounded-lg border border-stone-200 bg-white p-6">
          <p className="text-stone-900">The teams of this debate are published; students already see their positions.</p>
          <ButtonLink href={debatePaths.debate(courseId, debateId)} className="mt-4">
            Go to the debate
          </ButtonLink>
        </div>
      </div>
    );
  }

  const { preview, problem } = await firstProposal(courseId, debateId);
  return (
    <div className="space-y-8">
      {crumbs}
      <PageHeader
        title="Assign teams"
        eyebrow={<span className="font-medium">{debate.positions.map((position) => position.name).join(" · ")}</span>}
        description={<p className="font-serif text-lg text-stone-900">{debate.title}</p>}
      />
      {preview ? (
        <AssignmentEditor courseId={courseId} debateId={debateId} positions={debate.positions} initialPreview={preview} />
      ) : (
        <div className="space-y-4">
          <ErrorAlert>Stoa could not propose teams: {problem}</ErrorAlert>
          <p className="text-sm text-stone-700">
            Teams need students: invite students with the course&apos;s join code, or set up the debate again with fewer teams per position.
          </p>
          <div className="flex gap-3">
            <ButtonLink href={`/courses/${courseId}/settings`} variant="secondary">
              Course members
            </ButtonLink>
            <ButtonLink href={debatePaths.create(courseId)} variant="secondary">
              Set up a new debate
            </ButtonLink>
          </div>
        </div>
      )}
    </div>
  );
}
