import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { shortTitle } from "@/components/debate/labels";
import { AccessDenied } from "@/components/errors/access-denied";
import { Grader } from "@/components/grading/grader";
import { gradingPaths } from "@/components/grading/paths";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Grade a submission" };

type SubmissionPageProps = { params: Promise<{ courseId: string; submissionId: string }>; searchParams: Promise<{ blind?: string }> };

/** grade.get, or why the submission cannot be graded yet (no rubric on its round). */
async function loadGradingView(courseId: string, submissionId: string, isBlind: boolean) {
  const api = await serverApi();
  try {
    return { view: await api.grade.get({ courseId, submissionId, isBlind }), blocker: null };
  } catch (error) {
    if (error instanceof TRPCError && error.code === "PRECONDITION_FAILED") return { view: null, blocker: error.message };
    throw error;
  }
}

export default async function SubmissionGradingPage({ params, searchParams }: SubmissionPageProps) {
  const { courseId, submissionId } = await params;
  const isBlind = (await searchParams).blind === "1";
  const returnPath = gradingPaths.submission(courseId, submissionId, isBlind);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const gradingHome = { backHref: gradingPaths.home(courseId), backLabel: "Back to grading" };
  if (course.data.role === "STUDENT") return <AccessDenied message="Grading is for instructors and teaching assistants." backHref={`/courses/${courseId}`} backLabel="Back to the course" />;
  const isInstructor = course.data.role === "INSTRUCTOR";

  const loaded = await loadForPage(returnPath, () => loadGradingView(courseId, submissionId, isBlind));
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} {...gradingHome} />;
  const { view, blocker } = loaded.data;
  if (!view) {
    return (
      <section aria-labelledby="blocked-heading" className="mx-auto max-w-xl rounded-lg border border-amber-300 bg-amber-50 p-8 text-center">
        <h1 id="blocked-heading" className="font-serif text-2xl font-semibold text-stone-950">
          This submission can&apos;t be graded yet
        </h1>
        <p className="mt-2 text-stone-800">{blocker}</p>
        <p className="mt-6">
          <Link href={gradingPaths.home(courseId)} className="font-medium text-teal-800 underline hover:text-teal-900">
            Attach a rubric on the grading page
          </Link>
        </p>
      </section>
    );
  }

  const { submission } = view;
  const extra = await loadForPage(returnPath, async () => {
    const api = await serverApi();
    const [queue, history] = await Promise.all([
      api.grade.queue({ courseId, debateId: submission.debate.id }),
      isInstructor && !isBlind ? api.grade.history({ courseId, submissionId }) : Promise.resolve(isInstructor ? [] : null),
    ]);
    return { queue, history };
  });
  if (!extra.isAllowed) return <AccessDenied message={extra.message} {...gradingHome} />;
  const who = submission.team.name ?? "A team (blind)";

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: "Grading", href: gradingPaths.home(courseId) },
          { label: shortTitle(submission.debate.title), href: gradingPaths.debate(courseId, submission.debate.id) },
          { label: `${who}: ${submission.round.name}` },
        ]}
      />
      <PageHeader title={`Grade: ${who}, ${submission.round.name}`} eyebrow={submission.debate.title} />
      <Grader key={submission.id} courseId={courseId} view={view} queue={extra.data.queue} history={extra.data.history} isBlind={isBlind} />
    </div>
  );
}
