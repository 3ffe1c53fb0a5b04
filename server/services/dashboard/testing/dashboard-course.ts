import { randomUUID } from "node:crypto";
import type { Db } from "@/server/db";
import { argumentDocumentName } from "@/server/domain/argument/document-name";

export type DashboardCourseSize = { students: number; debates: number; roundsPerDebate: number; threads?: number };

const hour = 3_600_000;
const day = 24 * hour;
const positionsPerDebate = 3;
/** Rows per INSERT: well under PostgreSQL's 65,535 bind parameters for the widest rows here. */
const chunk = 2_000;

const newId = () => randomUUID().replaceAll("-", "");

async function insertAll<Row>(rows: Row[], insert: (rows: Row[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += chunk) await insert(rows.slice(start, start + chunk));
}

/**
 * A whole term of a course, written in bulk for the dashboard's tests and benchmark: students
 * in every debate on teams of about five, rounds that are closed, voting, open and scheduled
 * (the last debate is under way), arguments frozen with each member's contribution, ballots
 * from most students, final and draft grades, seminar posts and writing sessions. Every twentieth
 * student does nothing at all, so the inactivity flag has someone to flag.
 */
export async function seedDashboardCourse(db: Db, size: DashboardCourseSize, now = new Date()) {
  const threadCount = size.threads ?? 5;
  const tag = newId().slice(0, 10);
  const instructor = await db.user.create({ data: { email: `dash-instructor-${tag}@example.test`, name: "Dashboard Instructor" }, select: { id: true, email: true, name: true } });
  const students = Array.from({ length: size.students }, (_, index) => ({
    id: newId(),
    email: `dash-${tag}-${index}@example.test`,
    name: `Student ${String(index).padStart(3, "0")}`,
  }));
  await insertAll(students, (rows) => db.user.createMany({ data: rows }));
  const isIdle = (index: number) => index % 20 === 19;

  const courseId = newId();
  const theoryIds = Array.from({ length: positionsPerDebate }, newId);
  const caseId = newId();
  const motionId = newId();
  await db.course.create({
    data: {
      id: courseId,
      title: "Dashboard course",
      joinCode: `D${tag}`.slice(0, 10).toUpperCase(),
      theories: { create: theoryIds.map((id, position) => ({ id, key: `theory-${position}`, name: `Theory ${position + 1}`, coreClaims: [], keyThinkers: [], position })) },
      cases: { create: { id: caseId, slug: "case", title: "A case", periodStart: 1991, periodEnd: 2012, prompts: { create: { id: motionId, kind: "DEBATE", text: "This house debates.", status: "POSTED" } } } },
    },
  });
  await insertAll(
    [{ userId: instructor.id, role: "INSTRUCTOR" as const }, ...students.map((student) => ({ userId: student.id, role: "STUDENT" as const }))],
    (rows) => db.enrollment.createMany({ data: rows.map((row) => ({ ...row, courseId })) }),
  );

  const rubricId = newId();
  const criteria = [
    { id: newId(), name: "Accuracy", weight: 60, levels: [60, 45, 20].map((points, position) => ({ id: newId(), label: ["Exemplary", "Proficient", "Beginning"][position]!, points, position })) },
    { id: newId(), name: "Evidence", weight: 40, levels: [40, 25, 10].map((points, position) => ({ id: newId(), label: ["Exemplary", "Proficient", "Beginning"][position]!, points, position })) },
  ];
  await db.rubric.create({
    data: {
      id: rubricId,
      courseId,
      title: "Argument rubric",
      lockedAt: now,
      criteria: {
        create: criteria.map((criterion, position) => ({
          id: criterion.id,
          name: criterion.name,
          weight: criterion.weight,
          position,
          levels: { create: criterion.levels },
        })),
      },
    },
  });

  // Debate d starts three days after debate d - 1; the last one is under way: its first round
  // has closed, its second is voting and its third is open for writing.
  const teamsPerPosition = Math.max(1, Math.round(size.students / (5 * positionsPerDebate)));
  const debates = Array.from({ length: size.debates }, (_, index) => ({
    id: newId(),
    start: now.getTime() - (size.debates - 1 - index) * 3 * day - 2.25 * day,
  }));
  await db.debate.createMany({
    data: debates.map((debate, index) => ({
      id: debate.id,
      courseId,
      promptId: motionId,
      title: `Debate ${index + 1}`,
      status: "PUBLISHED" as const,
      teamsPerPosition,
      anonymousVoting: index % 2 === 0,
      createdById: instructor.id,
      createdAt: new Date(debate.start - day),
      publishedAt: new Date(debate.start - day),
    })),
  });
  await db.debatePosition.createMany({ data: debates.flatMap((debate) => theoryIds.map((theoryId, position) => ({ debateId: debate.id, theoryId, position }))) });

  const rounds = debates.flatMap((debate) =>
    Array.from({ length: size.roundsPerDebate }, (_, index) => {
      const opensAt = new Date(debate.start + index * day);
      const locksAt = new Date(opensAt.getTime() + day);
      return { id: newId(), debateId: debate.id, index, name: `Round ${index + 1}`, opensAt, locksAt, votingClosesAt: new Date(locksAt.getTime() + 12 * hour) };
    }),
  );
  await insertAll(rounds, (rows) => db.round.createMany({ data: rows.map((round) => ({ ...round, frozenAt: round.locksAt.getTime() <= now.getTime() ? round.locksAt : null })) }));
  await insertAll(rounds, (rows) => db.roundRubric.createMany({ data: rows.map((round) => ({ roundId: round.id, rubricId })) }));

  const teams = debates.flatMap((debate) =>
    theoryIds.flatMap((theoryId, position) =>
      Array.from({ length: teamsPerPosition }, (_, index) => ({ id: newId(), debateId: debate.id, theoryId, index, name: `Team ${position * teamsPerPosition + index + 1}` })),
    ),
  );
  await insertAll(teams, (rows) => db.team.createMany({ data: rows }));
  const teamsOf = new Map(debates.map((debate) => [debate.id, teams.filter((team) => team.debateId === debate.id)]));
  // Each debate deals the class out differently, so teammates change from debate to debate.
  const teamIndexOf = (debateIndex: number, studentIndex: number, teamCount: number) => (studentIndex * (debateIndex + 1) + debateIndex) % teamCount;
  const members = debates.flatMap((debate, debateIndex) => {
    const debateTeams = teamsOf.get(debate.id)!;
    return students.map((student, studentIndex) => ({ id: newId(), debateId: debate.id, teamId: debateTeams[teamIndexOf(debateIndex, studentIndex, debateTeams.length)]!.id, userId: student.id }));
  });
  await insertAll(members, (rows) => db.teamMember.createMany({ data: rows }));
  const membersOf = new Map<string, string[]>();
  for (const member of members) membersOf.set(member.teamId, [...(membersOf.get(member.teamId) ?? []), member.userId]);
  const studentIndex = new Map(students.map((student, index) => [student.id, index]));
  const teamOfMember = new Map(members.map((member) => [`${member.debateId}:${member.userId}`, member.teamId]));

  const lockedRounds = rounds.filter((round) => round.locksAt.getTime() <= now.getTime());
  const submissions = lockedRounds.flatMap((round) =>
    teamsOf.get(round.debateId)!.map((team, teamIndex) => {
      const writers = (membersOf.get(team.id) ?? []).filter((userId) => !isIdle(studentIndex.get(userId)!));
      const wordCount = teamIndex % 17 === 16 ? 0 : 300 + ((teamIndex * 37) % 200);
      return {
        id: newId(),
        roundId: round.id,
        teamId: team.id,
        content: { type: "doc", content: [] },
        plainText: "",
        wordCount,
        frozenAt: round.locksAt,
        contributions: writers.map((userId, index) => ({ userId, insertedCharacters: wordCount === 0 ? 0 : 200 * (index + 1), deletedCharacters: 10 * index, activeMinutes: 5 + index })),
      };
    }),
  );
  await insertAll(submissions, (rows) => db.submission.createMany({ data: rows }));

  // Most submissions have a final grade, some a draft, a few none yet.
  const grades = submissions.flatMap((submission, index) => {
    const kind = index % 10;
    if (kind === 9) return [];
    return [{ id: newId(), submissionId: submission.id, rubricId, status: kind === 8 ? ("DRAFT" as const) : ("FINAL" as const), finalizedAt: kind === 8 ? null : now, index }];
  });
  await insertAll(grades, (rows) => db.grade.createMany({ data: rows.map(({ index: _index, ...grade }) => grade) }));
  const scores = grades.flatMap((grade) =>
    criteria.map((criterion, criterionIndex) => {
      // Skewed towards the middle level, as real grades are.
      const level = criterion.levels[[1, 0, 1, 2, 1, 1, 0, 1, 2, 1][(grade.index * 7 + criterionIndex * 3) % 10]!]!;
      return { id: newId(), gradeId: grade.id, criterionId: criterion.id, levelId: level.id, points: level.points };
    }),
  );
  await insertAll(scores, (rows) => db.criterionScore.createMany({ data: rows }));

  // Everyone but the idle students votes in every round whose voting has started, never for their own team.
  const ballots = lockedRounds.flatMap((round) => {
    const debateTeams = teamsOf.get(round.debateId)!;
    return students.flatMap((student, index) => {
      if (isIdle(index)) return [];
      const ownTeam = teamOfMember.get(`${round.debateId}:${student.id}`);
      const choice = debateTeams[((index * index) % 97 + round.index * 13) % debateTeams.length]!;
      const teamId = choice.id === ownTeam ? debateTeams[(index + round.index + 1) % debateTeams.length]!.id : choice.id;
      const castAt = new Date(Math.min(now.getTime(), round.locksAt.getTime() + ((index * 97) % 600) * 60_000));
      return teamId === ownTeam ? [] : [{ id: newId(), roundId: round.id, voterId: student.id, teamId, createdAt: castAt, updatedAt: castAt }];
    });
  });
  await insertAll(ballots, (rows) => db.ballot.createMany({ data: rows }));

  // One writing session per active writer per frozen argument, an hour before the lock.
  const sessions = submissions.flatMap((submission) => {
    const round = lockedRounds.find((candidate) => candidate.id === submission.roundId)!;
    const documentName = argumentDocumentName({ debateId: round.debateId, roundId: round.id, teamId: submission.teamId });
    return submission.contributions.map((contribution, index) => ({ documentName, clientId: BigInt(index + 1), userId: contribution.userId, createdAt: new Date(round.locksAt.getTime() - hour) }));
  });
  await insertAll(sessions, (rows) => db.collabClient.createMany({ data: rows }));

  const threads = Array.from({ length: threadCount }, (_, index) => ({
    id: newId(),
    courseId,
    caseId,
    title: `Seminar ${index + 1}`,
    createdById: instructor.id,
    createdAt: new Date(now.getTime() - (threadCount - index) * 5 * day),
  }));
  await db.thread.createMany({ data: threads });
  // Each active student opens a post in every thread and replies to the student before them.
  const posts = threads.flatMap((thread) => {
    const openings = students.flatMap((student, index) =>
      isIdle(index) ? [] : [{ id: newId(), threadId: thread.id, authorId: student.id, parentId: null as string | null, depth: 0, createdAt: new Date(thread.createdAt.getTime() + index * 60_000) }],
    );
    const replies = openings.slice(1).map((parent, index) => ({
      id: newId(),
      threadId: thread.id,
      authorId: openings[index]!.authorId,
      parentId: parent.id,
      depth: 1,
      createdAt: new Date(parent.createdAt.getTime() + hour),
    }));
    return [...openings, ...replies];
  });
  await insertAll(posts, (rows) =>
    db.post.createMany({ data: rows.map((post) => ({ ...post, body: { type: "doc", content: [] }, plainText: "Power decides outcomes here.", wordCount: 4 })) }),
  );

  return {
    courseId,
    instructor,
    studentIds: students.map((student) => student.id),
    counts: { debates: debates.length, rounds: rounds.length, teams: teams.length, submissions: submissions.length, grades: grades.length, ballots: ballots.length, posts: posts.length },
  };
}
