import type { Prisma } from "@/prisma/generated/client";
import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { studentScore } from "@/server/domain/grading/score";
import { changesOf, describeGrade, finalizeTargetGrade, gradeSelect, writeGradeDraft, type GradeTarget, type ScoreDraft } from "@/server/services/grading/grades";
import { getRubric } from "@/server/services/grading/rubrics";
import { participationFigures } from "@/server/services/seminar/participation";
import { anonymousName, postSelect, toPostView, type PostView } from "@/server/services/seminar/post-view";
import type { Viewer } from "@/server/services/seminar/viewer";

type Tx = Prisma.TransactionClient;

/**
 * Grading one student's participation in a seminar thread: the same rubric flow as a debate
 * submission (server/services/grading/grades.ts), with the student's posts in place of a team's
 * argument and no per-student adjustments (the grade is already one student's).
 */

type ParticipationRef = { courseId: string; threadId: string; studentId: string };

const noThreadRubric = "Attach a rubric to this thread before grading it";

/** The thread (of this course) and the student (enrolled in it as a student), with the grade so far. */
async function findParticipation(db: Db | Tx, input: ParticipationRef) {
  // One after the other: inside a transaction the queries share one connection.
  const thread = await db.thread.findFirst({
    where: { id: input.threadId, courseId: input.courseId },
    select: {
      id: true,
      title: true,
      prompt: { select: { text: true } },
      anonymousToPeers: true,
      rubric: { select: { rubricId: true } },
      gradeRelease: { select: { releasedAt: true } },
      grades: { where: { studentId: input.studentId }, select: gradeSelect },
    },
  });
  const enrollment = await db.enrollment.findFirst({ where: { courseId: input.courseId, userId: input.studentId, role: "STUDENT" }, select: { user: { select: { id: true, name: true } } } });
  if (!thread) throw notFound("Thread");
  if (!enrollment) throw new AppError("NOT_FOUND", "That student is not enrolled in this course");
  return { thread, student: enrollment.user, grade: thread.grades[0] ?? null };
}

function participationTarget(found: Awaited<ReturnType<typeof findParticipation>>): GradeTarget {
  const rubricId = found.grade?.rubricId ?? found.thread.rubric?.rubricId;
  if (!rubricId) throw new AppError("PRECONDITION_FAILED", noThreadRubric);
  return {
    key: { threadId: found.thread.id, studentId: found.student.id },
    grade: found.grade,
    rubricId,
    adjustable: new Map(),
    noun: "this student's participation",
  };
}

/**
 * A thread's participation grading queue: every student of the course with their figures in the
 * thread and their grade's state, the attached rubric, and progress (final / students).
 */
export async function participationQueue(db: Db, input: { courseId: string; threadId: string }) {
  const thread = await db.thread.findFirst({
    where: { id: input.threadId, courseId: input.courseId },
    select: {
      id: true,
      title: true,
      gradeRelease: { select: { releasedAt: true } },
      rubric: { select: { rubric: { select: { id: true, title: true, totalPoints: true, version: true } } } },
      grades: { select: { studentId: true, status: true, updatedAt: true, rubric: { select: { totalPoints: true } }, scores: { select: { points: true } } } },
    },
  });
  if (!thread) throw notFound("Thread");
  const figures = await participationFigures(db, input);
  const gradeOf = new Map(thread.grades.map((grade) => [grade.studentId, grade]));
  const students = figures.map((figure) => {
    const grade = gradeOf.get(figure.userId);
    const totalPoints = grade?.rubric.totalPoints ?? null;
    return {
      ...figure,
      status: grade?.status ?? ("UNGRADED" as const),
      score: grade ? studentScore(grade.scores.reduce((sum, score) => sum + score.points, 0), 0, grade.rubric.totalPoints) : null,
      totalPoints,
      gradedAt: grade?.updatedAt ?? null,
    };
  });
  return {
    thread: { id: thread.id, title: thread.title, releasedAt: thread.gradeRelease?.releasedAt ?? null, rubric: thread.rubric?.rubric ?? null },
    students,
    progress: { final: students.filter((student) => student.status === "FINAL").length, total: students.length },
  };
}

const blindNames = { graded: "This student", peer: "Another student" } as const;

/**
 * What a grader needs to grade one student's participation: their posts in the thread (oldest
 * first, as the seminar services render them: allow-listed rich-text JSON, never HTML), each with
 * the post it replies to, their figures, the rubric and the grade so far. Deleted posts are left
 * out; hidden ones are shown, marked, as staff see them. Blind: no names but staff's.
 */
export async function getParticipationView(db: Db, input: ParticipationRef & { viewer: Viewer; isBlind?: boolean }) {
  const found = await findParticipation(db, input);
  const target = participationTarget(found);
  const [rubric, figures, staff, own] = await Promise.all([
    getRubric(db, { courseId: input.courseId, rubricId: target.rubricId }),
    participationFigures(db, input),
    db.enrollment.findMany({ where: { courseId: input.courseId, role: { in: ["INSTRUCTOR", "TA"] } }, select: { userId: true } }),
    db.post.findMany({
      where: { threadId: found.thread.id, authorId: found.student.id, deletedAt: null },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: postSelect,
    }),
  ]);
  const ownIds = new Set(own.map((post) => post.id));
  const parentIds = [...new Set(own.map((post) => post.parentId).filter((parentId): parentId is string => parentId !== null && !ownIds.has(parentId)))];
  const parents = parentIds.length === 0 ? [] : await db.post.findMany({ where: { id: { in: parentIds } }, select: postSelect });
  const staffIds = new Set(staff.map((member) => member.userId));
  // The grader is staff: names and hidden posts show; blind mode takes the names away again below.
  const context = { viewer: input.viewer, staffIds, isAnonymous: found.thread.anonymousToPeers, lastReadAt: null };
  const shown = (post: PostView): PostView => {
    if (!input.isBlind || post.isAuthorStaff || post.status === "deleted") return { ...post, isNew: false };
    const isGraded = post.authorId === found.student.id;
    return { ...post, isNew: false, authorId: isGraded ? post.authorId : null, authorName: isGraded ? blindNames.graded : post.authorId ? blindNames.peer : anonymousName };
  };
  const views = new Map([...own, ...parents].map((row) => [row.id, shown(toPostView(row, context))]));
  const figure = figures.find((candidate) => candidate.userId === found.student.id);
  return {
    thread: { id: found.thread.id, title: found.thread.title, promptText: found.thread.prompt?.text ?? null, releasedAt: found.thread.gradeRelease?.releasedAt ?? null },
    student: { id: found.student.id, name: input.isBlind ? null : found.student.name },
    figures: { posts: figure?.posts ?? 0, replies: figure?.replies ?? 0, repliesReceived: figure?.repliesReceived ?? 0, words: figure?.words ?? 0 },
    posts: own.map((row) => ({ post: views.get(row.id)!, parent: row.parentId ? (views.get(row.parentId) ?? null) : null })),
    rubric,
    grade: found.grade ? describeGrade(rubric, found.grade) : null,
  };
}

export type ParticipationDraftInput = ParticipationRef & { comment: string; scores: ScoreDraft[] };

/** Saves the grader's whole current state of a participation grade (autosave sends it again and again). */
export async function saveParticipationDraft(db: Db, input: ParticipationDraftInput & { actorId: string; now: Date }) {
  return db.$transaction(async (tx) => writeGradeDraft(tx, participationTarget(await findParticipation(tx, input)), { ...input, adjustments: [] }));
}

/** Marks a complete participation grade final; doing it again changes nothing. */
export async function finalizeParticipation(db: Db, input: ParticipationRef & { actorId: string; now: Date }) {
  return db.$transaction(async (tx) => {
    const found = await findParticipation(tx, input);
    return finalizeTargetGrade(tx, { grade: found.grade, noun: "this student's participation" }, input);
  });
}

/** Every recorded change to a student's participation grade in a thread, oldest first. */
export async function participationHistory(db: Db, input: ParticipationRef) {
  const found = await findParticipation(db, input);
  return found.grade ? changesOf(db, found.grade.id) : [];
}

/**
 * The course's seminar threads for the grading page: each with its rubric, live post count,
 * release and progress (final grades of the course's students / students). Draft prompts'
 * threads are left out: nobody can have posted in them.
 */
export async function participationThreads(db: Db, input: { courseId: string }) {
  const ofStudents = { student: { enrollments: { some: { courseId: input.courseId, role: "STUDENT" as const } } } };
  const [threads, students] = await Promise.all([
    db.thread.findMany({
      where: { courseId: input.courseId, OR: [{ promptId: null }, { prompt: { status: "POSTED" } }] },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        title: true,
        rubric: { select: { rubric: { select: { id: true, title: true, version: true } } } },
        gradeRelease: { select: { releasedAt: true } },
        _count: { select: { posts: { where: { deletedAt: null, hiddenAt: null } } } },
        grades: { where: ofStudents, select: { status: true } },
      },
    }),
    db.enrollment.count({ where: { courseId: input.courseId, role: "STUDENT" } }),
  ]);
  return threads.map((thread) => ({
    id: thread.id,
    title: thread.title,
    rubric: thread.rubric?.rubric ?? null,
    releasedAt: thread.gradeRelease?.releasedAt ?? null,
    postCount: thread._count.posts,
    progress: {
      final: thread.grades.filter((grade) => grade.status === "FINAL").length,
      drafts: thread.grades.filter((grade) => grade.status === "DRAFT").length,
      total: students,
    },
  }));
}
