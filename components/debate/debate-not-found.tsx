"use client";

import { useParams } from "next/navigation";
import { debatePaths } from "@/components/debate/paths";
import { NotFoundPanel } from "@/components/errors/not-found-panel";

/** not-found files get no params; the course id comes from the URL so the way back is the course's debates. */
export function DebateNotFound() {
  const params = useParams<{ courseId?: string }>();
  return (
    <NotFoundPanel
      title="This debate does not exist"
      message="It may have been deleted, or it is not published yet, or the link may be wrong."
      backHref={params.courseId ? debatePaths.list(params.courseId) : "/courses"}
      backLabel={params.courseId ? "Back to the debates" : "Back to my courses"}
    />
  );
}
