/** Where the participation grading pages live. */
export const participationPaths = {
  /** The course's seminar threads, each with its participation grading progress. */
  threads: (courseId: string) => `/courses/${courseId}/grading/seminars`,
  /** Every student of the course with their figures in the thread, and the rubric. */
  thread: (courseId: string, threadId: string) => `/courses/${courseId}/grading/seminars/${threadId}`,
  /** The grader for one student's posts; blind grading carries over from one student to the next. */
  student: (courseId: string, threadId: string, studentId: string, isBlind = false) =>
    `/courses/${courseId}/grading/seminars/${threadId}/students/${studentId}${isBlind ? "?blind=1" : ""}`,
};
