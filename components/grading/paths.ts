/** Where the grading pages live, in one place. */
export const gradingPaths = {
  home: (courseId: string) => `/courses/${courseId}/grading`,
  debate: (courseId: string, debateId: string) => `/courses/${courseId}/grading#debate-${debateId}`,
  rubrics: (courseId: string) => `/courses/${courseId}/grading/rubrics`,
  newRubric: (courseId: string) => `/courses/${courseId}/grading/rubrics/new`,
  rubric: (courseId: string, rubricId: string) => `/courses/${courseId}/grading/rubrics/${rubricId}`,
  /** The grader for one submission; blind grading carries over from one submission to the next. */
  submission: (courseId: string, submissionId: string, isBlind = false) =>
    `/courses/${courseId}/grading/submissions/${submissionId}${isBlind ? "?blind=1" : ""}`,
  myGrades: (courseId: string) => `/courses/${courseId}/grades`,
  /** CSV downloads (text/csv attachments). */
  gradebookCsv: (courseId: string) => `/api/courses/${courseId}/exports/gradebook`,
  rubricDetailCsv: (courseId: string) => `/api/courses/${courseId}/exports/rubric-detail`,
};
