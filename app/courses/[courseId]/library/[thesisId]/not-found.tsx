"use client";

import { useParams } from "next/navigation";
import { NotFoundPanel } from "@/components/errors/not-found-panel";

export default function NotFound() {
  const { courseId } = useParams<{ courseId: string }>();
  return (
    <NotFoundPanel
      title="This thesis or passage was not found"
      message="It may have been removed or re-imported, or the link is wrong."
      backHref={`/courses/${courseId}/library`}
      backLabel="Back to the library"
    />
  );
}
