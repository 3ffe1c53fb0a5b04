import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { ChapterReference } from "@/components/case/chapter-reference";
import { KeyEventTimeline } from "@/components/case/key-event-timeline";
import { PostedPromptList } from "@/components/case/posted-prompt-list";
import { CaseThreads } from "@/components/seminar/case-threads";
import { SourceList } from "@/components/case/source-list";
import { TheoryReadings } from "@/components/case/theory-readings";
import { ThesisVerdict } from "@/components/case/thesis-verdict";
import { loadCaseThesis } from "@/components/thesis/case-thesis-data";
import { CaseExcerpts, ExcerptList } from "@/components/thesis/excerpt-list";
import { AccessDenied } from "@/components/errors/access-denied";
import { formatPeriod } from "@/components/format/period";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

type CasePageProps = { params: Promise<{ courseId: string; caseId: string }> };

async function loadCase(courseId: string, caseId: string) {
  return loadForPage(`/courses/${courseId}/cases/${caseId}`, async () => (await serverApi()).case.get({ courseId, caseId }));
}

export async function generateMetadata({ params }: CasePageProps): Promise<Metadata> {
  const { courseId, caseId } = await params;
  const loaded = await loadCase(courseId, caseId);
  return { title: loaded.isAllowed ? loaded.data.title : "Case" };
}

export default async function CasePage({ params }: CasePageProps) {
  const { courseId, caseId } = await params;
  await requireUser(`/courses/${courseId}/cases/${caseId}`);
  const [course, loaded] = await Promise.all([loadCourse(courseId), loadCase(courseId, caseId)]);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} />;
  const item = loaded.data;
  const isInstructor = course.data.role === "INSTRUCTOR";
  const thesis = await loadCaseThesis(courseId, item.id, item.prompts.map((prompt) => prompt.id));
  const threads = await (await serverApi()).seminar.list({ courseId, caseId: item.id });
  const promptExtras = Object.fromEntries(
    Object.entries(thesis.promptExcerpts)
      .filter(([, excerpts]) => excerpts.length > 0)
      .map(([promptId, excerpts]) => [promptId, <ExcerptList key={promptId} courseId={courseId} excerpts={excerpts} label="Passages this prompt was made from" />]),
  );

  return (
    <article className="space-y-10">
      <PageHeader
        title={item.title}
        eyebrow={
          <span className="font-medium tabular-nums">
            <span className="sr-only">Period: </span>
            {formatPeriod(item.periodStart, item.periodEnd)}
          </span>
        }
        description={item.summary ? <p className="whitespace-pre-line">{item.summary}</p> : null}
        actions={
          isInstructor ? (
            <ButtonLink href={`/courses/${courseId}/authoring/cases/${item.id}`} variant="secondary">
              Edit case and prompts
            </ButtonLink>
          ) : null
        }
      />
      <div className="grid gap-10 lg:grid-cols-3">
        <div className="space-y-10 lg:col-span-2">
          <PostedPromptList prompts={item.prompts} isInstructor={isInstructor} extras={promptExtras} />
          <CaseThreads courseId={courseId} threads={threads} />
          <CaseExcerpts courseId={courseId} excerpts={thesis.caseExcerpts} />
          <KeyEventTimeline events={item.keyEvents} />
          <TheoryReadings perTheory={item.perTheory} theories={course.data.theories} />
          <ThesisVerdict verdict={item.thesisVerdict} />
        </div>
        <aside aria-label="Reading" className="space-y-10">
          <ChapterReference chapter={item.thesisChapter} thesisTitle={course.data.thesis?.title} links={thesis.links} />
          <SourceList sources={item.sources} />
        </aside>
      </div>
    </article>
  );
}
