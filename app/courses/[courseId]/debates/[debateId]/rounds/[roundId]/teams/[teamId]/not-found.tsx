"use client";

import { useParams } from "next/navigation";
import { debatePaths } from "@/components/debate/paths";
import { NotFoundPanel } from "@/components/errors/not-found-panel";

export default function NotFound() {
  const params = useParams<{ courseId?: string; debateId?: string }>();
  const hasDebate = Boolean(params.courseId && params.debateId);
  return (
    <NotFoundPanel
      title="This argument does not exist"
      message="The round or the team may have changed, or the link may be wrong."
      backHref={hasDebate ? debatePaths.debate(params.courseId!, params.debateId!) : "/courses"}
      backLabel={hasDebate ? "Back to the debate" : "Back to my courses"}
    />
  );
}
