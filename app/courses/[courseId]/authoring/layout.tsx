import type { ReactNode } from "react";
import { loadCourse } from "@/app/_lib/course-data";
import { AuthoringNav } from "@/components/authoring/authoring-nav";
import { AccessDenied } from "@/components/errors/access-denied";
import { currentUser } from "@/server/api/server-caller";

type AuthoringLayoutProps = { children: ReactNode; params: Promise<{ courseId: string }> };

export default async function AuthoringLayout({ children, params }: AuthoringLayoutProps) {
  if (!(await currentUser())) return children;
  const { courseId } = await params;
  const course = await loadCourse(courseId);
  // Non-members are turned away by the course layout above.
  if (!course.isAllowed) return children;
  if (course.data.role !== "INSTRUCTOR") {
    return (
      <AccessDenied
        message="Only the course's instructors can edit its theories, cases and prompts."
        backHref={`/courses/${courseId}`}
        backLabel="Back to the course"
      />
    );
  }
  return (
    <>
      <AuthoringNav courseId={courseId} />
      {children}
    </>
  );
}
