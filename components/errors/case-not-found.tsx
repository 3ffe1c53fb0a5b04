"use client";

import { useParams } from "next/navigation";
import { NotFoundPanel } from "@/components/errors/not-found-panel";

/** not-found files get no params; the course id comes from the URL so the way back is the course. */
export function CaseNotFound() {
  const params = useParams<{ courseId?: string }>();
  const courseHref = params.courseId ? `/courses/${params.courseId}` : "/courses";
  return (
    <NotFoundPanel
      title="This case does not exist"
      message="The instructor may have deleted it, or the link may be wrong. The course page lists every case."
      backHref={courseHref}
      backLabel={params.courseId ? "Back to the course" : "Back to my courses"}
    />
  );
}
