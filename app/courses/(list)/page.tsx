import type { Metadata } from "next";
import { requireUser } from "@/app/_lib/access";
import { CourseCardList } from "@/components/courses/course-card-list";
import { CreateCourseForm } from "@/components/courses/create-course-form";
import { JoinCourseForm } from "@/components/courses/join-course-form";
import { PageHeader } from "@/components/ui/page-header";
import { serverApi } from "@/server/api/server-caller";

export const metadata: Metadata = { title: "My courses" };

export default async function CoursesPage() {
  const user = await requireUser("/courses");
  const courses = await (await serverApi()).course.list();

  return (
    <div className="space-y-10">
      <PageHeader title="My courses" description={`Welcome back, ${user.name}.`} />
      <section aria-labelledby="enrolled-courses-heading">
        <h2 id="enrolled-courses-heading" className="sr-only">
          Courses you belong to
        </h2>
        <CourseCardList courses={courses} />
      </section>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        <JoinCourseForm />
        <CreateCourseForm />
      </div>
    </div>
  );
}
