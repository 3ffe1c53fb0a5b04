/** Where the debate pages live, in one place. */
export const debatePaths = {
  list: (courseId: string) => `/courses/${courseId}/debates`,
  create: (courseId: string) => `/courses/${courseId}/debates/new`,
  debate: (courseId: string, debateId: string) => `/courses/${courseId}/debates/${debateId}`,
  assignment: (courseId: string, debateId: string) => `/courses/${courseId}/debates/${debateId}/assignment`,
  round: (courseId: string, debateId: string, roundId: string) => `/courses/${courseId}/debates/${debateId}#round-${roundId}`,
  /** A team's argument for a round: written while the round is open, read after it locks. */
  argument: (courseId: string, debateId: string, roundId: string, teamId: string) =>
    `/courses/${courseId}/debates/${debateId}/rounds/${roundId}/teams/${teamId}`,
  caseStudy: (courseId: string, caseId: string) => `/courses/${courseId}/cases/${caseId}`,
};
