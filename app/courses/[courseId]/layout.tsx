import type { ReactNode } from "react";
import { loadCourse } from "@/app/_lib/course-data";
import { CourseNav } from "@/components/course/course-nav";
import { AccessDenied } from "@/components/errors/access-denied";
import { currentUser } from "@/server/api/server-caller";

type CourseLayoutProps = { children: ReactNode; params: Promise<{ courseId: string }> };

export default async function CourseLayout({ children, params }: CourseLayoutProps) {
  // Signed-out visitors fall through to the page, which redirects with its exact return path.
  if (!(await currentUser())) return children;

  const { courseId } = await params;
  const course = await loadCourse(courseId);
  if (!course.isAllowed) return <AccessDenied message={course.message} />;

  return (
    <>
      <CourseNav courseId={course.data.id} title={course.data.title} role={course.data.role} />
      {children}
    </>
  );
}
