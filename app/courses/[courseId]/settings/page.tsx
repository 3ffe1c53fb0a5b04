import type { Metadata } from "next";
import { loadForPage, requireUser } from "@/app/_lib/access";
import { loadCourse } from "@/app/_lib/course-data";
import { AccessDenied } from "@/components/errors/access-denied";
import { CourseDetailsForm } from "@/components/settings/course-details-form";
import { JoinCodePanel } from "@/components/settings/join-code-panel";
import { RosterTable } from "@/components/settings/roster-table";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "Settings" };

type SettingsPageProps = { params: Promise<{ courseId: string }> };

const staffOnlyMessage = "Course settings and the member list are for instructors and teaching assistants.";

export default async function SettingsPage({ params }: SettingsPageProps) {
  const { courseId } = await params;
  const returnPath = `/courses/${courseId}/settings`;
  const user = await requireUser(returnPath);
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;
  const { role } = course.data;
  const courseHome = { backHref: `/courses/${courseId}`, backLabel: "Back to the course" };
  if (role === "STUDENT") return <AccessDenied message={staffOnlyMessage} {...courseHome} />;

  const staffData = await loadForPage(returnPath, async () => {
    const api = await serverApi();
    const [joinCode, members] = await Promise.all([api.course.joinCode({ courseId }), api.member.list({ courseId })]);
    return { joinCode: joinCode.joinCode, members };
  });
  if (!staffData.isAllowed) return <AccessDenied message={staffOnlyMessage} {...courseHome} />;
  const isInstructor = role === "INSTRUCTOR";

  return (
    <div className="space-y-8">
      <PageHeader
        title="Settings"
        description={isInstructor ? "Course details, the join code and who is in the course." : "The join code and who is in the course. Instructors make changes here."}
      />
      {isInstructor ? <CourseDetailsForm courseId={courseId} title={course.data.title} description={course.data.description} /> : null}
      <JoinCodePanel courseId={courseId} initialJoinCode={staffData.data.joinCode} canRegenerate={isInstructor} />
      <RosterTable courseId={courseId} initialMembers={staffData.data.members} canManage={isInstructor} currentUserId={user.id} />
    </div>
  );
}
