import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { debatePaths } from "@/components/debate/paths";
import { DebateSetup } from "@/components/debate/setup/debate-setup-form";
import { AccessDenied } from "@/components/errors/access-denied";
import { ButtonLink } from "@/components/ui/button-link";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "New debate" };

type NewDebatePageProps = {
  params: Promise<{ courseId: string }>;
  searchParams: Promise<{ promptId?: string | string[] }>;
};

export default async function NewDebatePage({ params, searchParams }: NewDebatePageProps) {
  const { courseId } = await params;
  const returnPath = debatePaths.create(courseId);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const back = { backHref: debatePaths.list(courseId), backLabel: "Back to the debates" };
  if (course.data.role !== "INSTRUCTOR") return <AccessDenied message="Only instructors set up debates." {...back} />;

  const casesWithMotions = course.data.cases.filter((item) => item.postedPromptCounts.debate > 0);
  const loaded = await loadForPage(returnPath, async () => {
    const api = await serverApi();
    const [details, members] = await Promise.all([Promise.all(casesWithMotions.map((item) => api.case.get({ courseId, caseId: item.id }))), api.member.list({ courseId })]);
    return { details, studentCount: members.filter((member) => member.role === "STUDENT").length };
  });
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} {...back} />;

  const cases = loaded.data.details
    .map((item) => ({
      id: item.id,
      title: item.title,
      motions: item.prompts.filter((prompt) => prompt.kind === "DEBATE").map((prompt) => ({ id: prompt.id, text: prompt.text })),
    }))
    .filter((item) => item.motions.length > 0);
  const { promptId } = await searchParams;
  const initialPromptId = typeof promptId === "string" ? promptId : null;
  const theories = course.data.theories.map((theory) => ({ id: theory.id, name: theory.name, summary: theory.summary }));

  return (
    <div className="space-y-8">
      <PageHeader title="New debate" description="Pick a motion, the positions in play, how teams form, the rounds and who votes." />
      {cases.length === 0 || theories.length < 2 ? (
        <EmptyState title={theories.length < 2 ? "A debate needs at least two theories" : "No debate motions are posted yet"}>
          <p>
            {theories.length < 2
              ? "Add theories to the course first; each team argues one of them."
              : "Post a debate motion on one of the course's cases; debates start from posted motions."}
          </p>
          <ButtonLink href={`/courses/${courseId}/authoring`} variant="secondary" size="sm" className="mt-4">
            Go to authoring
          </ButtonLink>
        </EmptyState>
      ) : (
        <DebateSetup courseId={courseId} cases={cases} theories={theories} studentCount={loaded.data.studentCount} initialPromptId={initialPromptId} />
      )}
    </div>
  );
}
