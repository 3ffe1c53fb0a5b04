import type { Metadata } from "next";
import Link from "next/link";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { DashboardSummary } from "@/components/dashboard/dashboard-summary";
import { GradeDistribution } from "@/components/dashboard/grade-distribution";
import { GradingProgress } from "@/components/dashboard/grading-progress";
import { InactiveDaysForm } from "@/components/dashboard/inactive-days-form";
import { ParticipationTable } from "@/components/dashboard/participation-table";
import { RoundsTable } from "@/components/dashboard/rounds-table";
import { dashboardPath, parseInactiveDays } from "@/components/dashboard/types";
import { VoteResults } from "@/components/dashboard/vote-results";
import { DeadlineRefresh } from "@/components/debate/deadline-refresh";
import { LiveUpdates } from "@/components/debate/live-updates";
import { debatePaths } from "@/components/debate/paths";
import { AccessDenied } from "@/components/errors/access-denied";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader, SectionHeading } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Dashboard" };

type DashboardPageProps = { params: Promise<{ courseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ params, searchParams }: DashboardPageProps) {
  const { courseId } = await params;
  const inactiveDays = parseInactiveDays((await searchParams).inactiveDays);
  const returnPath = dashboardPath(courseId, inactiveDays);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const loaded = await loadForPage(returnPath, async () => (await serverApi()).dashboard.get({ courseId, inactiveDays }));
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} backHref={`/courses/${courseId}`} backLabel="Back to the course" />;
  const dashboard = loaded.data;
  const rounds = dashboard.debates.filter((debate) => debate.status === "PUBLISHED").flatMap((debate) => debate.rounds);

  return (
    <div className="space-y-10">
      <PageHeader
        title="Dashboard"
        description="Where every debate stands, what is left to grade, how the votes go and who has gone quiet."
        actions={dashboard.debates.length > 0 ? <LiveUpdates courseId={courseId} isRefreshedByBallots /> : null}
      />
      <DeadlineRefresh deadlines={rounds.map((round) => round.nextDeadline?.at ?? null)} />
      <DashboardSummary dashboard={dashboard} />

      <section aria-labelledby="rounds-heading">
        <SectionHeading id="rounds-heading">Debates and rounds</SectionHeading>
        {dashboard.debates.length === 0 ? (
          <EmptyState title="No debates yet">
            Set one up from the <Link href={debatePaths.list(courseId)} className="font-medium text-teal-800 underline">Debates</Link> page; its rounds appear here.
          </EmptyState>
        ) : (
          <RoundsTable courseId={courseId} debates={dashboard.debates} />
        )}
      </section>

      <section aria-labelledby="grading-heading">
        <SectionHeading id="grading-heading">Grading progress</SectionHeading>
        <GradingProgress courseId={courseId} debates={dashboard.debates} threads={dashboard.seminarGrading} />
      </section>

      <section aria-labelledby="votes-heading">
        <SectionHeading id="votes-heading">Vote results</SectionHeading>
        <VoteResults debates={dashboard.debates} />
      </section>

      <section aria-labelledby="participation-heading">
        <SectionHeading id="participation-heading">Participation</SectionHeading>
        <div className="space-y-4">
          <p className="max-w-3xl text-sm text-stone-700">
            Words count a student&apos;s seminar posts and their share of each frozen team argument (its words split by the surviving characters each
            member wrote). Activity is a post, a ballot or a writing session on a team argument.
          </p>
          <InactiveDaysForm key={inactiveDays} courseId={courseId} inactiveDays={inactiveDays} />
          {dashboard.students.length === 0 ? (
            <EmptyState title="No students yet">Students appear here once they join the course.</EmptyState>
          ) : (
            <ParticipationTable students={dashboard.students} inactiveDays={dashboard.inactiveDays} />
          )}
        </div>
      </section>

      <section aria-labelledby="distribution-heading">
        <SectionHeading id="distribution-heading">Grade distribution</SectionHeading>
        <GradeDistribution rubrics={dashboard.gradeDistribution} />
      </section>
    </div>
  );
}
