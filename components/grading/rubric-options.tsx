import type { RubricSummary } from "@/components/grading/types";

/** The options of a rubric picker: each rubric by title and version, as the e2e and graders read them. */
export function RubricOptions({ rubrics }: { rubrics: RubricSummary[] }) {
  return rubrics.map((rubric) => (
    <option key={rubric.id} value={rubric.id}>
      {rubric.title} (version {rubric.version})
    </option>
  ));
}
