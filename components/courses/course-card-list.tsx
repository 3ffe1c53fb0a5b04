import Link from "next/link";
import { pluralize } from "@/components/format/labels";
import { EmptyState } from "@/components/ui/empty-state";
import { RoleBadge } from "@/components/ui/labelled-badges";
import type { CourseSummary } from "@/components/trpc/types";

export function CourseCardList({ courses }: { courses: CourseSummary[] }) {
  if (courses.length === 0) {
    return (
      <EmptyState title="You are not in any courses yet">
        Join one with the code your instructor gave you, or create a course of your own below.
      </EmptyState>
    );
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {courses.map((course) => (
        <li key={course.id}>
          <CourseCard course={course} />
        </li>
      ))}
    </ul>
  );
}

function CourseCard({ course }: { course: CourseSummary }) {
  return (
    <article className="relative flex h-full flex-col rounded-lg border border-stone-200 bg-white p-5 shadow-sm transition-shadow focus-within:shadow-md hover:shadow-md">
      <div className="flex items-start justify-between gap-3">
        <h3 className="font-serif text-lg leading-snug font-semibold text-stone-950">
          <Link href={`/courses/${course.id}`} className="after:absolute after:inset-0 after:rounded-lg hover:text-teal-900">
            {course.title}
          </Link>
        </h3>
        <RoleBadge role={course.role} />
      </div>
      {course.description ? <p className="mt-2 line-clamp-3 text-sm text-stone-700">{course.description}</p> : null}
      <p className="mt-auto pt-4 text-sm text-stone-700">
        {pluralize(course.caseCount, "case")} · {pluralize(course.memberCount, "member")}
      </p>
    </article>
  );
}
