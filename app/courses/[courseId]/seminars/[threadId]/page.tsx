import type { Metadata } from "next";
import Link from "next/link";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { participationPaths } from "@/components/grading/participation/paths";
import { ThreadView } from "@/components/seminar/thread-view";
import { seminarPaths } from "@/components/seminar/types";
import { ThreadExcerpts } from "@/components/thesis/thread-excerpts";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Seminar thread" };

type ThreadPageProps = { params: Promise<{ courseId: string; threadId: string }> };

export default async function ThreadPage({ params }: ThreadPageProps) {
  const { courseId, threadId } = await params;
  const returnPath = seminarPaths.thread(courseId, threadId);
  await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  // Read on the server first so that an unknown or foreign thread is the not-found page.
  const loaded = await loadForPage(returnPath, async () => (await serverApi()).seminar.thread({ courseId, threadId }));
  if (!loaded.isAllowed) return <AccessDenied message={loaded.message} backHref={`/courses/${courseId}`} backLabel="Back to the course" />;
  const thread = loaded.data;

  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={
          thread.case ? (
            <>
              Seminar ·{" "}
              <Link href={`/courses/${courseId}/cases/${thread.case.id}`} className="underline hover:text-teal-900">
                {thread.case.title}
              </Link>
            </>
          ) : (
            "Seminar"
          )
        }
        title={thread.title}
        description={
          <>
            {thread.promptText && thread.promptText !== thread.title ? <p>{thread.promptText}</p> : null}
            <ThreadExcerpts courseId={courseId} threadId={threadId} />
          </>
        }
        actions={
          course.data.role === "STUDENT" ? undefined : (
            <ButtonLink href={participationPaths.thread(courseId, threadId)} variant="secondary">
              Grade participation
            </ButtonLink>
          )
        }
      />
      <ThreadView courseId={courseId} threadId={threadId} isStaff={course.data.role !== "STUDENT"} initial={thread} />
    </div>
  );
}
