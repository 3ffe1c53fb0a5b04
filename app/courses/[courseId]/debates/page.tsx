import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { DeadlineRefresh } from "@/components/debate/deadline-refresh";
import { DebateList } from "@/components/debate/debate-list";
import { LiveUpdates } from "@/components/debate/live-updates";
import { debatePaths } from "@/components/debate/paths";
import { AccessDenied } from "@/components/errors/access-denied";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Debates" };

type DebatesPageProps = { params: Promise<{ courseId: string }> };

export default async function DebatesPage({ params }: DebatesPageProps) {
  const { courseId } = await params;
  const returnPath = debatePaths.list(courseId);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const loaded = await loadForPage(returnPath, async () => (await serverApi()).debate.list({ courseId }));
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} backHref={`/courses/${courseId}`} backLabel="Back to the course" />;
  const debates = loaded.data;
  const { role } = course.data;
  const isStaff = role !== "STUDENT";
  const isInstructor = role === "INSTRUCTOR";

  return (
    <div className="space-y-8">
      <PageHeader
        title="Debates"
        description={
          isStaff
            ? "Every debate in the course, drafts included. Open one to publish its teams or run its rounds."
            : "Your positions, your teams and what is due next."
        }
        actions={
          isInstructor ? (
            <ButtonLink href={debatePaths.create(courseId)}>
              <span aria-hidden="true">+</span> New debate
            </ButtonLink>
          ) : null
        }
      />
      {debates.length > 0 ? <LiveUpdates courseId={courseId} /> : null}
      <DeadlineRefresh deadlines={debates.map((debate) => (debate.status === "PUBLISHED" ? (debate.currentRound?.nextDeadline?.at ?? null) : null))} />
      <DebateList courseId={courseId} debates={debates} isStaff={isStaff} isInstructor={isInstructor} />
    </div>
  );
}
