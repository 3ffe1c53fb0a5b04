import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/prisma/generated/client";
import { argumentDocumentName } from "@/server/domain/argument/document-name";
import { env } from "@/server/env";
import { courseDashboard } from "@/server/services/dashboard/course-dashboard";
import { seedDashboardCourse } from "@/server/services/dashboard/testing/dashboard-course";
import { finalizeGrade, saveGradeDraft } from "@/server/services/grading/grades";
import { attachThreadRubric, createRubric } from "@/server/services/grading/rubrics";
import { makePost, makeSeminarThread } from "@/server/services/seminar/testing/seminar-world";
import { makeGradingWorld, testRubric, type GradingWorld } from "@/server/testing/grading-world";
import { errorOf } from "@/server/testing/errors";
import { callerFor, makeCourse, makeUser, testDb } from "@/server/testing/world";

const day = 86_400_000;

describe("courseDashboard on a small course", () => {
  let world: GradingWorld;
  let now: Date;
  let dashboard: Awaited<ReturnType<typeof courseDashboard>>;
  let gradedThreadId: string;

  beforeAll(async () => {
    now = new Date();
    world = await makeGradingWorld(now);
    const db = testDb();
    const daysAgo = (days: number) => new Date(now.getTime() - days * day);
    // The realism team wrote 100 words, 300 of its 400 surviving characters by the student.
    await db.submission.update({ where: { id: world.realismSubmission.id }, data: { wordCount: 100 } });

    // Realism 2, liberalism 1 on the voting round; the opponents' teammate voted ten days ago.
    await db.ballot.createMany({
      data: [
        { roundId: world.votingRound.id, voterId: world.opponent.id, teamId: world.realismTeam.id, updatedAt: daysAgo(20) },
        { roundId: world.votingRound.id, voterId: world.opponentTeammate.id, teamId: world.realismTeam.id, updatedAt: daysAgo(10) },
        { roundId: world.votingRound.id, voterId: world.student.id, teamId: world.liberalismTeam.id },
      ],
    });
    // The opponent's latest activity: a writing session three days ago.
    await db.collabClient.create({
      data: {
        documentName: argumentDocumentName({ debateId: world.debate.id, roundId: world.openRound.id, teamId: world.liberalismTeam.id }),
        clientId: 42n,
        userId: world.opponent.id,
        createdAt: daysAgo(3),
      },
    });

    const thread = await makeSeminarThread(world);
    const post = await makePost(world, { threadId: thread.id, author: world.student, text: "Power decides outcomes." });
    await makePost(world, { threadId: thread.id, author: world.teammate, text: "Institutions matter too, surely.", parentId: post.id });

    const levels = (accuracy: number, evidence: number) => [
      { criterionId: world.rubric.accuracy.id, levelId: world.rubric.accuracy.levelIds[accuracy]!, points: null, comment: "" },
      { criterionId: world.rubric.evidence.id, levelId: world.rubric.evidence.levelIds[evidence]!, points: null, comment: "" },
    ];
    const grader = { courseId: world.course.id, comment: "", adjustments: [], actorId: world.instructor.id, now };
    await saveGradeDraft(db, { ...grader, submissionId: world.realismSubmission.id, scores: levels(0, 0) });
    await finalizeGrade(db, { ...grader, submissionId: world.realismSubmission.id });
    await saveGradeDraft(db, { ...grader, submissionId: world.liberalismSubmission.id, scores: levels(1, 1) });

    // Seminar participation is graded per student against a rubric of its own: one final, one draft.
    const participationRubric = await createRubric(db, { courseId: world.course.id, ...testRubric, title: "Participation rubric" });
    const participationCriteria = await db.rubricCriterion.findMany({
      where: { rubricId: participationRubric.id },
      orderBy: { position: "asc" },
      select: { id: true, levels: { orderBy: { position: "asc" }, select: { id: true, points: true } } },
    });
    const participationGrade = (studentId: string, status: "FINAL" | "DRAFT", level: number) =>
      db.grade.create({
        data: {
          threadId: thread.id,
          studentId,
          rubricId: participationRubric.id,
          status,
          finalizedAt: status === "FINAL" ? now : null,
          scores: { create: participationCriteria.map((criterion) => ({ criterionId: criterion.id, levelId: criterion.levels[level]!.id, points: criterion.levels[level]!.points })) },
        },
      });
    await attachThreadRubric(db, { courseId: world.course.id, threadId: thread.id, rubricId: participationRubric.id });
    await participationGrade(world.student.id, "FINAL", 1);
    await participationGrade(world.teammate.id, "DRAFT", 0);
    gradedThreadId = thread.id;
    // A second discussion nobody grades: it has no rubric.
    await makeSeminarThread(world);

    dashboard = await courseDashboard(db, { courseId: world.course.id, now, inactiveDays: 7 });
  });

  it("lists every debate and round with its derived state and next deadline", () => {
    expect(dashboard.debates.map((debate) => debate.status).sort()).toEqual(["DRAFT", "PUBLISHED"]);
    const debate = dashboard.debates.find((candidate) => candidate.id === world.debate.id)!;
    expect(debate.rounds.map((round) => [round.name, round.state])).toEqual([
      ["Opening", "VOTING"],
      ["Rebuttal", "OPEN"],
      ["Closing", "SCHEDULED"],
    ]);
    expect(debate.rounds[1]!.nextDeadline).toEqual({ at: new Date(now.getTime() + 60 * 60_000), state: "VOTING" });
  });

  it("counts submissions handed in against teams, and grading progress per round and debate", () => {
    const debate = dashboard.debates.find((candidate) => candidate.id === world.debate.id)!;
    expect(debate.rounds[0]!.submissions).toEqual({ submitted: 1, frozen: 2, teams: 2 });
    expect(debate.rounds[1]!.submissions).toEqual({ submitted: 0, frozen: 0, teams: 2 });
    expect(debate.rounds[0]!.grading).toEqual({ final: 1, drafts: 1, total: 2 });
    expect(debate.grading).toEqual({ final: 1, drafts: 1, total: 2 });
  });

  it("tracks participation grading in the threads that have a rubric, and only those", () => {
    expect(dashboard.seminarGrading).toEqual([
      expect.objectContaining({ id: gradedThreadId, rubric: expect.objectContaining({ title: "Participation rubric" }), progress: { final: 1, drafts: 1, total: 4 }, releasedAt: null }),
    ]);
  });

  it("shows live ballot counts per team, never who cast them", () => {
    const votes = dashboard.debates.find((candidate) => candidate.id === world.debate.id)!.rounds[0]!.votes!;
    expect(votes.isLive).toBe(true);
    expect(votes.ballots).toBe(3);
    const teams = dashboard.debates.find((candidate) => candidate.id === world.debate.id)!.teams.map((team) => team.id);
    expect(teams).toEqual([world.realismTeam.id, world.liberalismTeam.id]);
    expect(votes.perTeam).toEqual([2, 1]);
    const serialized = JSON.stringify(dashboard.debates);
    for (const voter of [world.student, world.opponent, world.opponentTeammate]) expect(serialized).not.toContain(voter.id);
  });

  it("gives each student's posts, words, ballots and last activity, and flags the inactive", () => {
    const byId = new Map(dashboard.students.map((student) => [student.userId, student]));
    expect(dashboard.students).toHaveLength(4);
    expect(byId.has(world.instructor.id) || byId.has(world.ta.id)).toBe(false);

    const student = byId.get(world.student.id)!;
    expect(student).toMatchObject({ posts: 1, replies: 0, postWords: 3, argumentWords: 75, words: 78, ballots: 1, debates: 1, activeMinutes: 12, isInactive: false });
    expect(byId.get(world.teammate.id)).toMatchObject({ posts: 1, replies: 1, postWords: 4, argumentWords: 25, ballots: 0, isInactive: false });
    expect(byId.get(world.opponent.id)).toMatchObject({ posts: 0, ballots: 1, lastActivityAt: new Date(now.getTime() - 3 * day), isInactive: false });
    expect(byId.get(world.opponentTeammate.id)).toMatchObject({ ballots: 1, lastActivityAt: new Date(now.getTime() - 10 * day), isInactive: true });
    expect(dashboard.inactiveStudents).toBe(1);
  });

  it("moves the inactivity flag with the number of days chosen", async () => {
    const fortnight = await courseDashboard(testDb(), { courseId: world.course.id, now, inactiveDays: 14 });
    expect(fortnight.inactiveStudents).toBe(0);
    const twoDays = await courseDashboard(testDb(), { courseId: world.course.id, now, inactiveDays: 2 });
    expect(twoDays.students.filter((student) => student.isInactive).map((student) => student.userId).sort()).toEqual(
      [world.opponent.id, world.opponentTeammate.id].sort(),
    );
  });

  it("spreads final grades over each criterion's levels, leaving drafts out", () => {
    expect(dashboard.gradeDistribution.map((rubric) => rubric.title)).toEqual(["Argument rubric", "Participation rubric"]);
    const [accuracy, evidence] = dashboard.gradeDistribution[0]!.criteria;
    expect(accuracy).toMatchObject({ name: "Accuracy", worth: 60, scored: 1, debateScores: 1, seminarScores: 0, meanPoints: 60, pointsOnly: 0 });
    expect(accuracy!.levels.map((level) => [level.label, level.count])).toEqual([
      ["Exemplary", 1],
      ["Proficient", 0],
      ["Beginning", 0],
    ]);
    expect(evidence!.levels.map((level) => [level.label, level.count])).toEqual([
      ["Exemplary", 1],
      ["Beginning", 0],
    ]);
    const participation = dashboard.gradeDistribution[1]!.criteria[0]!;
    expect(participation).toMatchObject({ scored: 1, debateScores: 0, seminarScores: 1, meanPoints: 45 });
    expect(participation.levels.map((level) => level.count)).toEqual([0, 1, 0]);
  });

  it("is served to TAs through dashboard.get, which bounds the number of days", async () => {
    const viaProcedure = await callerFor(world.ta).dashboard.get({ courseId: world.course.id });
    expect(viaProcedure.inactiveDays).toBe(7);
    expect(viaProcedure.students).toHaveLength(4);
    for (const inactiveDays of [0, 366, 2.5]) {
      expect((await errorOf(callerFor(world.ta).dashboard.get({ courseId: world.course.id, inactiveDays }))).code).toBe("BAD_REQUEST");
    }
  });

  it("has empty sections for a course with nothing in it yet", async () => {
    const instructor = await makeUser("Empty Instructor");
    const course = await makeCourse([{ user: instructor, role: "INSTRUCTOR" }]);
    const empty = await courseDashboard(testDb(), { courseId: course.id, now });
    expect(empty).toMatchObject({ inactiveDays: 7, debates: [], seminarGrading: [], students: [], inactiveStudents: 0, gradeDistribution: [] });
  });
});

describe("courseDashboard's queries", () => {
  const counting = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }), log: [{ emit: "event", level: "query" }] });
  let queries = 0;
  counting.$on("query", () => {
    queries += 1;
  });
  afterAll(() => counting.$disconnect());

  async function countQueries(size: { students: number; debates: number }) {
    const course = await seedDashboardCourse(testDb(), { ...size, roundsPerDebate: 3, threads: 2 });
    queries = 0;
    const dashboard = await courseDashboard(counting, { courseId: course.courseId, now: new Date(), inactiveDays: 7 });
    expect(dashboard.students).toHaveLength(size.students);
    expect(dashboard.debates).toHaveLength(size.debates);
    return queries;
  }

  it("do not grow with the number of students or debates", async () => {
    const small = await countQueries({ students: 10, debates: 2 });
    const large = await countQueries({ students: 40, debates: 6 });
    expect(small).toBeGreaterThan(0);
    expect(large).toBe(small);
    expect(small).toBeLessThanOrEqual(13);
  }, 60_000);
});
