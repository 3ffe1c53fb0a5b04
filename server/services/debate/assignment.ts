import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import { assignTeams, historyFromEarlierTeams, type AssignmentHistory } from "@/server/domain/debate/assignment";
import { teamName } from "@/server/domain/debate/team-name";

type Pin = { studentId: string; theoryId: string };

async function loadDraftDebate(db: Db, courseId: string, debateId: string) {
  const debate = await db.debate.findFirst({
    where: { id: debateId, courseId },
    select: {
      id: true,
      status: true,
      teamsPerPosition: true,
      teamSize: true,
      assignmentSeed: true,
      positions: { orderBy: { position: "asc" }, select: { theory: { select: { id: true, key: true, name: true } } } },
    },
  });
  if (!debate) throw notFound("Debate");
  if (debate.status !== "DRAFT") throw new AppError("PRECONDITION_FAILED", "The assignment of this debate is already published");
  return { ...debate, theories: debate.positions.map((position) => position.theory) };
}

/** The course's students and what they argued, and with whom, in its earlier debates. */
async function loadCourseHistory(db: Db, courseId: string, debateId: string) {
  const [students, earlierTeams] = await Promise.all([
    db.enrollment.findMany({
      where: { courseId, role: "STUDENT" },
      orderBy: { user: { name: "asc" } },
      select: { user: { select: { id: true, name: true } } },
    }),
    db.team.findMany({
      where: { debate: { courseId, status: "PUBLISHED", id: { not: debateId } } },
      select: { theory: { select: { key: true } }, members: { select: { userId: true } } },
    }),
  ]);
  return {
    students: students.map((enrollment) => enrollment.user),
    history: historyFromEarlierTeams(
      earlierTeams.map((team) => ({ position: team.theory.key, studentIds: team.members.map((member) => member.userId) })),
    ),
  };
}

/**
 * Stoa's proposal for who argues what: balanced teams, each student on the theory they have
 * argued least, few repeated teammates. Nothing is stored; the instructor adjusts, then publishes.
 */
export async function previewAssignment(
  db: Db,
  input: { courseId: string; debateId: string; pins: Pin[]; excludedStudentIds: string[]; seed: number | null },
) {
  const debate = await loadDraftDebate(db, input.courseId, input.debateId);
  const { students, history } = await loadCourseHistory(db, input.courseId, input.debateId);
  const keyOf = new Map(debate.theories.map((theory) => [theory.id, theory.key]));
  const pins = input.pins.map((pin) => {
    const position = keyOf.get(pin.theoryId);
    if (!position) throw new AppError("BAD_REQUEST", "pins: a pin names a theory that is not in this debate", { field: "pins" });
    return { studentId: pin.studentId, position };
  });
  const studentIds = new Set(students.map((student) => student.id));
  const strangers = [...pins.map((pin) => pin.studentId), ...input.excludedStudentIds].filter((id) => !studentIds.has(id));
  if (strangers.length > 0) throw new AppError("BAD_REQUEST", "pins: only the course's students can be pinned or left out", { field: "pins" });

  const seed = input.seed ?? debate.assignmentSeed;
  const result = assignTeams({
    studentIds: [...studentIds],
    positions: debate.theories.map((theory) => theory.key),
    teamsPerPosition: debate.teamsPerPosition,
    teamSizeHint: debate.teamSize,
    history,
    pins,
    excludedStudentIds: input.excludedStudentIds,
    seed,
  });

  const nameOf = new Map(students.map((student) => [student.id, student.name]));
  const pinned = new Set(result.students.filter((placement) => placement.isPinned).map((placement) => placement.studentId));
  const theoryOf = new Map(debate.theories.map((theory) => [theory.key, theory]));
  return {
    seed,
    teams: result.teams.map((team) => {
      const theory = theoryOf.get(team.position)!;
      return {
        theoryId: theory.id,
        theoryKey: theory.key,
        teamIndex: team.teamIndex,
        name: teamName(theory.name, team.teamIndex, result.teamsPerPosition),
        students: team.studentIds.map((studentId) => ({ id: studentId, name: nameOf.get(studentId) ?? "" })),
        pinnedStudentIds: team.studentIds.filter((studentId) => pinned.has(studentId)),
      };
    }),
    excluded: result.excludedStudentIds.map((id) => ({ id, name: nameOf.get(id) ?? "" })),
    // The editor describes every hand edit with describeLayout, so it needs the history of all the
    // course's students (left-out ones may come back), limited to what can show up in a note.
    history: historyForNotes(history, studentIds, new Set(debate.theories.map((theory) => theory.key))),
  };
}

function historyForNotes(history: AssignmentHistory, studentIds: ReadonlySet<string>, positions: ReadonlySet<string>): AssignmentHistory {
  const timesArgued: Record<string, Record<string, number>> = {};
  for (const studentId of studentIds) {
    const counts = Object.hasOwn(history.timesArgued, studentId) ? history.timesArgued[studentId]! : {};
    timesArgued[studentId] = Object.fromEntries(Object.entries(counts).filter(([position]) => positions.has(position)));
  }
  return {
    timesArgued,
    teammatePairs: history.teammatePairs.filter((pair) => studentIds.has(pair.studentIds[0]) && studentIds.has(pair.studentIds[1])),
  };
}

export type PublishedTeam = { theoryId: string; studentIds: string[]; pinnedStudentIds: string[] };

/**
 * Stores the teams the instructor settled on and shows them to the class. Every student of the
 * course is on exactly one team or explicitly left out; publishing twice is refused.
 */
export async function publishAssignment(
  db: Db,
  input: { courseId: string; debateId: string; teams: PublishedTeam[]; excludedStudentIds: string[]; now: Date },
) {
  const debate = await loadDraftDebate(db, input.courseId, input.debateId);
  const { students } = await loadCourseHistory(db, input.courseId, input.debateId);

  const placed = [...input.teams.flatMap((team) => team.studentIds), ...input.excludedStudentIds];
  const studentIds = new Set(students.map((student) => student.id));
  if (new Set(placed).size !== placed.length) throw new AppError("BAD_REQUEST", "teams: a student is placed twice", { field: "teams" });
  const strangers = placed.filter((id) => !studentIds.has(id));
  if (strangers.length > 0) throw new AppError("BAD_REQUEST", "teams: only the course's students can be placed on teams", { field: "teams" });
  const missing = [...studentIds].filter((id) => !placed.includes(id));
  if (missing.length > 0) {
    throw new AppError("BAD_REQUEST", `teams: ${missing.length} student(s) are neither on a team nor left out; preview again`, { field: "teams" });
  }
  const theoryById = new Map(debate.theories.map((theory) => [theory.id, theory]));
  for (const [index, team] of input.teams.entries()) {
    if (!theoryById.has(team.theoryId)) throw new AppError("BAD_REQUEST", `teams.${index}.theoryId: not a position in this debate`, { field: `teams.${index}.theoryId` });
    if (team.studentIds.length === 0) throw new AppError("BAD_REQUEST", `teams.${index}: a team needs at least one student`, { field: `teams.${index}` });
  }
  for (const theory of debate.theories) {
    if (!input.teams.some((team) => team.theoryId === theory.id)) {
      throw new AppError("BAD_REQUEST", `teams: nobody argues ${theory.name}`, { field: "teams" });
    }
  }

  await db.$transaction(async (tx) => {
    // The status flip goes first and is conditional: of two publishes racing, one wins.
    const { count } = await tx.debate.updateMany({
      where: { id: debate.id, status: "DRAFT" },
      data: { status: "PUBLISHED", publishedAt: input.now },
    });
    if (count === 0) throw new AppError("CONFLICT", "The assignment of this debate was published meanwhile");
    const teamsPerTheory = new Map<string, number>();
    for (const team of input.teams) {
      const teamIndex = teamsPerTheory.get(team.theoryId) ?? 0;
      teamsPerTheory.set(team.theoryId, teamIndex + 1);
      const teamCount = input.teams.filter((other) => other.theoryId === team.theoryId).length;
      const pinned = new Set(team.pinnedStudentIds);
      await tx.team.create({
        data: {
          debateId: debate.id,
          theoryId: team.theoryId,
          index: teamIndex,
          name: teamName(theoryById.get(team.theoryId)!.name, teamIndex, teamCount),
          members: {
            create: team.studentIds.map((userId) => ({ debateId: debate.id, userId, pinned: pinned.has(userId) })),
          },
        },
      });
    }
    if (input.excludedStudentIds.length > 0) {
      await tx.debateExclusion.createMany({ data: input.excludedStudentIds.map((userId) => ({ debateId: debate.id, userId })) });
    }
  });
  return { debateId: debate.id };
}
