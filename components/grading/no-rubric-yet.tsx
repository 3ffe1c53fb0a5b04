import Link from "next/link";
import { gradingPaths } from "@/components/grading/paths";

/** Where a rubric picker would be when the course has no rubric to pick. */
export function NoRubricYet({ courseId }: { courseId: string }) {
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
      No rubric to attach yet.{" "}
      <Link href={gradingPaths.newRubric(courseId)} className="font-medium underline">
        Create a rubric
      </Link>{" "}
      first.
    </p>
  );
}
