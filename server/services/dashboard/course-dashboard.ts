import type { Db } from "@/server/db";
import { debateOverview } from "@/server/services/dashboard/debate-overview";
import { gradeDistribution } from "@/server/services/dashboard/grade-distribution";
import { isInactive, studentParticipation } from "@/server/services/dashboard/participation";
import { seminarGradingProgress } from "@/server/services/dashboard/seminar-grading";

export const defaultInactiveDays = 7;

/**
 * The staff dashboard of a course: debates × rounds with state, submissions, grading and votes;
 * participation grading per seminar thread with a rubric; participation per student with an
 * inactivity flag; and how final grades spread per criterion.
 *
 * A fixed number of set-based queries, run side by side, whatever the number of students,
 * debates or rounds (the dashboard test counts them): nothing here queries per row.
 */
export async function courseDashboard(db: Db, input: { courseId: string; now: Date; inactiveDays?: number }) {
  const inactiveDays = input.inactiveDays ?? defaultInactiveDays;
  const [debates, participation, distribution, threads] = await Promise.all([
    debateOverview(db, input),
    studentParticipation(db, input),
    gradeDistribution(db, input),
    seminarGradingProgress(db, input),
  ]);
  const students = participation.map((student) => ({
    ...student,
    words: student.postWords + student.argumentWords,
    isInactive: isInactive(student.lastActivityAt, { now: input.now, inactiveDays }),
  }));
  return {
    generatedAt: input.now,
    inactiveDays,
    debates,
    seminarGrading: threads,
    students,
    inactiveStudents: students.filter((student) => student.isInactive).length,
    gradeDistribution: distribution,
  };
}

export type CourseDashboard = Awaited<ReturnType<typeof courseDashboard>>;
