import type { Prisma } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { notFound } from "@/server/domain/app-error";
import { fileSlug, gradebookCsv, rubricDetailCsv, type GradebookItem, type RubricDetailRow } from "@/server/domain/grading/csv";
import { criterionWorth } from "@/server/domain/grading/rubric-rules";
import { gradeTotals, studentScore } from "@/server/domain/grading/score";

/**
 * The course's grades for export, read for staff: only FINAL grades (a draft is not a grade yet),
 * whether or not they have been released to students: the export is the staff's gradebook, and
 * release only decides what students see in Stoa.
 */

const exportGradeSelect = {
  id: true,
  rubric: {
    select: {
      title: true,
      version: true,
      totalPoints: true,
      criteria: { orderBy: { position: "asc" }, select: { id: true, name: true, weight: true, levels: { select: { id: true, label: true } } } },
    },
  },
  scores: { select: { criterionId: true, levelId: true, points: true, comment: true } },
} as const satisfies Prisma.GradeSelect;

type ExportGrade = Prisma.GradeGetPayload<{ select: typeof exportGradeSelect }>;

/** One graded item (a debate round, a seminar thread) and each student's grade in it. */
type ExportItem = GradebookItem & { kind: "debate" | "seminar"; grades: Map<string, { grade: ExportGrade; adjustment: { points: number; reason: string } | null }> };

async function loadCourseGrades(db: Db, courseId: string) {
  const course = await db.course.findUnique({ where: { id: courseId }, select: { id: true, title: true } });
  if (!course) throw notFound("Course");
  const [enrollments, rounds, threads] = await Promise.all([
    db.enrollment.findMany({ where: { courseId, role: "STUDENT" }, orderBy: [{ user: { name: "asc" } }, { userId: "asc" }], select: { user: { select: { id: true, name: true } } } }),
    db.round.findMany({
      where: { debate: { courseId }, submissions: { some: { grade: { status: "FINAL" } } } },
      orderBy: [{ debate: { createdAt: "asc" } }, { debateId: "asc" }, { index: "asc" }],
      select: {
        id: true,
        name: true,
        debate: { select: { title: true } },
        submissions: {
          where: { grade: { status: "FINAL" } },
          select: {
            team: { select: { members: { select: { userId: true } } } },
            grade: { select: { ...exportGradeSelect, adjustments: { select: { userId: true, points: true, reason: true } } } },
          },
        },
      },
    }),
    db.thread.findMany({
      where: { courseId, grades: { some: { status: "FINAL" } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, title: true, grades: { where: { status: "FINAL" }, select: { ...exportGradeSelect, studentId: true } } },
    }),
  ]);

  const items: ExportItem[] = [
    ...rounds.map((round): ExportItem => {
      const grades: ExportItem["grades"] = new Map();
      for (const submission of round.submissions) {
        const grade = submission.grade!;
        for (const member of submission.team.members) {
          const adjustment = grade.adjustments.find((candidate) => candidate.userId === member.userId) ?? null;
          grades.set(member.userId, { grade, adjustment: adjustment && { points: adjustment.points, reason: adjustment.reason } });
        }
      }
      return { key: `round:${round.id}`, kind: "debate", title: `${round.debate.title}: ${round.name}`, pointsPossible: pointsPossibleOf(grades), grades };
    }),
    ...threads.map((thread): ExportItem => {
      const grades: ExportItem["grades"] = new Map(thread.grades.map((grade) => [grade.studentId!, { grade, adjustment: null }]));
      return { key: `thread:${thread.id}`, kind: "seminar", title: `Seminar: ${thread.title}`, pointsPossible: pointsPossibleOf(grades), grades };
    }),
  ];
  return { course, students: enrollments.map((enrollment) => enrollment.user), items };
}

/** Grades of one item are normally given with one rubric; after a new version with other totals, the largest. */
function pointsPossibleOf(grades: ExportItem["grades"]): number {
  return Math.max(...[...grades.values()].map(({ grade }) => grade.rubric.totalPoints));
}

/** A student's points for an item: the team's (or their own) criteria plus their adjustment, within 0…total. */
function scoreOf({ grade, adjustment }: { grade: ExportGrade; adjustment: { points: number } | null }): number {
  const { teamScore } = gradeTotals(grade.rubric, grade.scores, []);
  return studentScore(teamScore, adjustment?.points ?? 0, grade.rubric.totalPoints);
}

const isoDay = (now: Date) => now.toISOString().slice(0, 10);

/** Canvas's gradebook import: one row per student of the course, one column per graded item. */
export async function exportGradebook(db: Db, input: { courseId: string; now: Date }) {
  const { course, students, items } = await loadCourseGrades(db, input.courseId);
  const csv = gradebookCsv(
    items,
    students.map((student) => ({
      id: student.id,
      name: student.name,
      // Stoa keeps no SIS ids or sections (the User and Enrollment models have none): left empty.
      sisUserId: null,
      section: null,
      scores: new Map(items.flatMap((item) => {
        const entry = item.grades.get(student.id);
        return entry ? [[item.key, scoreOf(entry)] as const] : [];
      })),
    })),
  );
  return { fileName: `${fileSlug(course.title)}-gradebook-${isoDay(input.now)}.csv`, csv };
}

/** One row per student × criterion of each of their final grades, and one for a debate adjustment. */
export async function exportRubricDetail(db: Db, input: { courseId: string; now: Date }) {
  const { course, students, items } = await loadCourseGrades(db, input.courseId);
  const rows: RubricDetailRow[] = [];
  for (const student of students) {
    for (const item of items) {
      const entry = item.grades.get(student.id);
      if (!entry) continue;
      const { grade, adjustment } = entry;
      const base = { studentName: student.name, studentId: student.id, item: item.title, kind: item.kind, rubric: `${grade.rubric.title} (v${grade.rubric.version})` };
      for (const criterion of grade.rubric.criteria) {
        const score = grade.scores.find((candidate) => candidate.criterionId === criterion.id);
        if (!score) continue;
        rows.push({
          ...base,
          criterion: criterion.name,
          level: criterion.levels.find((level) => level.id === score.levelId)?.label ?? null,
          points: score.points,
          pointsPossible: criterionWorth(criterion.weight, grade.rubric.totalPoints),
          comment: score.comment,
        });
      }
      if (adjustment) rows.push({ ...base, criterion: "Individual adjustment", level: null, points: adjustment.points, pointsPossible: null, comment: adjustment.reason });
    }
  }
  return { fileName: `${fileSlug(course.title)}-rubric-detail-${isoDay(input.now)}.csv`, csv: rubricDetailCsv(rows) };
}
