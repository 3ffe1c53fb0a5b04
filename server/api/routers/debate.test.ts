import * as Y from "yjs";
import { beforeEach, describe, expect, it } from "vitest";
import { argumentDocumentName } from "@/server/domain/argument/document-name";
import { appendUpdates } from "@/server/services/collab/document-store";
import { applyRoundAction } from "@/server/services/debate/round-control";
import { makeDebateWorld, type DebateWorld } from "@/server/testing/debate-world";
import { errorOf } from "@/server/testing/errors";
import { callerFor, makeUser, testDb } from "@/server/testing/world";

let world: DebateWorld;
beforeEach(async () => {
  world = await makeDebateWorld();
});

const hour = 3_600_000;
const inHours = (hours: number) => new Date(Date.now() + hours * hour);

function setup(overrides: Record<string, unknown> = {}) {
  return {
    courseId: world.course.id,
    promptId: world.postedPrompt.id,
    theoryIds: [world.theory.id, world.liberalism.id],
    teamsPerPosition: 1,
    rounds: [
      { name: "Opening", opensAt: inHours(1), locksAt: inHours(2), votingClosesAt: inHours(3), wordLimit: 500 },
      { name: "Rebuttal", opensAt: inHours(2), locksAt: inHours(4), votingClosesAt: inHours(5), wordLimit: 400 },
    ],
    ...overrides,
  } as Parameters<ReturnType<typeof callerFor>["debate"]["create"]>[0];
}

/** Writes text into a team's argument document, as the collaboration server would store it. */
async function writeArgument(roundId: string, teamId: string, text: string) {
  const doc = new Y.Doc();
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  doc.getXmlFragment("default").insert(0, [paragraph]);
  await appendUpdates(testDb(), [
    { documentName: argumentDocumentName({ debateId: world.debate.id, roundId, teamId }), data: Y.encodeStateAsUpdate(doc), userId: world.student.id },
  ]);
}

describe("debate.create", () => {
  it("creates a draft debate with its round plan, titled by the motion", async () => {
    const caller = callerFor(world.instructor);
    const { id } = await caller.debate.create(setup());
    const debate = await caller.debate.get({ courseId: world.course.id, debateId: id });
    expect(debate).toMatchObject({ status: "DRAFT", title: "This house believes Kosovo was a turning point." });
    expect(debate.rounds.map((round) => [round.name, round.state])).toEqual([
      ["Opening", "SCHEDULED"],
      ["Rebuttal", "SCHEDULED"],
    ]);
    expect(debate.positions.map((position) => position.key)).toEqual(["realism", "liberalism"]);
  });

  it("names what is wrong with a setup and stores nothing", async () => {
    const caller = callerFor(world.instructor);
    const before = await testDb().debate.count({ where: { courseId: world.course.id } });

    const onePosition = await errorOf(caller.debate.create(setup({ theoryIds: [world.theory.id] })));
    expect(onePosition.message).toContain("theoryIds: Choose at least two positions");

    const overlapping = await errorOf(
      caller.debate.create(
        setup({
          rounds: [
            { name: "Opening", opensAt: inHours(1), locksAt: inHours(3), votingClosesAt: null, wordLimit: null },
            { name: "Rebuttal", opensAt: inHours(2), locksAt: inHours(4), votingClosesAt: null, wordLimit: null },
          ],
        }),
      ),
    );
    expect(overlapping.code).toBe("BAD_REQUEST");
    expect(overlapping.message).toBe("Round 2 (Rebuttal): the round must not open before round 1 (Opening) locks");

    const seminar = await errorOf(caller.debate.create(setup({ promptId: world.draftPrompt.id })));
    expect(seminar.message).toContain("a debate needs a debate motion");

    const foreign = await errorOf(caller.debate.create(setup({ theoryIds: [world.theory.id, "not-a-theory"] })));
    expect(foreign.code).toBe("NOT_FOUND");

    expect(await testDb().debate.count({ where: { courseId: world.course.id } })).toBe(before);
  });
});

describe("assignment", () => {
  it("previews balanced teams deterministically, honours pins, then publishes", async () => {
    const caller = callerFor(world.instructor);
    const input = { courseId: world.course.id, debateId: world.draftDebate.id, pins: [{ studentId: world.student.id, theoryId: world.liberalism.id }] };
    const preview = await caller.debate.previewAssignment(input);
    expect(await caller.debate.previewAssignment(input)).toEqual(preview);
    const sizes = preview.teams.map((team) => team.students.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(4);
    const liberalTeam = preview.teams.find((team) => team.theoryId === world.liberalism.id)!;
    expect(liberalTeam.pinnedStudentIds).toEqual([world.student.id]);
    // The world's student argued realism before, with their teammate: the editor's notes need both,
    // whoever the proposal puts together, so the preview sends the history of every student.
    expect(preview.history.timesArgued[world.student.id]).toEqual({ realism: 1 });
    expect(preview.history.timesArgued[world.opponent.id]).toEqual({ liberalism: 1 });
    const pairs = preview.history.teammatePairs.map((pair) => ({ studentIds: [...pair.studentIds].sort(), timesTogether: pair.timesTogether }));
    expect(pairs).toEqual(
      expect.arrayContaining([
        { studentIds: [world.student.id, world.teammate.id].sort(), timesTogether: 1 },
        { studentIds: [world.opponent.id, world.opponentTeammate.id].sort(), timesTogether: 1 },
      ]),
    );
    expect(pairs).toHaveLength(2);

    await caller.debate.publishAssignment({
      courseId: world.course.id,
      debateId: world.draftDebate.id,
      teams: preview.teams.map((team) => ({ theoryId: team.theoryId, studentIds: team.students.map((student) => student.id), pinnedStudentIds: [] })),
    });
    const published = await callerFor(world.student).debate.get({ courseId: world.course.id, debateId: world.draftDebate.id });
    expect(published.status).toBe("PUBLISHED");
    expect(published.teams.find((team) => team.id === published.myTeamId)?.theoryId).toBe(world.liberalism.id);
    expect(published.primer).toMatchObject({ theoryName: "Liberalism", coreClaims: ["Institutions matter"] });

    const again = await errorOf(caller.debate.previewAssignment(input));
    expect(again.code).toBe("PRECONDITION_FAILED");
  });

  it("refuses an assignment that leaves a student out or places one twice", async () => {
    const caller = callerFor(world.instructor);
    const base = { courseId: world.course.id, debateId: world.draftDebate.id };
    const missing = await errorOf(
      caller.debate.publishAssignment({
        ...base,
        teams: [
          { theoryId: world.theory.id, studentIds: [world.student.id] },
          { theoryId: world.liberalism.id, studentIds: [world.opponent.id] },
        ],
      }),
    );
    expect(missing.message).toMatch(/2 student\(s\) are neither on a team nor left out/);
    const twice = await errorOf(
      caller.debate.publishAssignment({
        ...base,
        teams: [
          { theoryId: world.theory.id, studentIds: [world.student.id, world.teammate.id] },
          { theoryId: world.liberalism.id, studentIds: [world.student.id, world.opponent.id, world.opponentTeammate.id] },
        ],
      }),
    );
    expect(twice.message).toContain("a student is placed twice");
    expect(await testDb().team.count({ where: { debateId: world.draftDebate.id } })).toBe(0);
  });

  it("publishes once when two instructors publish at the same moment", async () => {
    const caller = callerFor(world.instructor);
    const input = {
      courseId: world.course.id,
      debateId: world.draftDebate.id,
      teams: [
        { theoryId: world.theory.id, studentIds: [world.student.id, world.opponent.id] },
        { theoryId: world.liberalism.id, studentIds: [world.teammate.id, world.opponentTeammate.id] },
      ],
    };
    const outcomes = await Promise.allSettled([caller.debate.publishAssignment(input), caller.debate.publishAssignment(input)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await testDb().teamMember.count({ where: { debateId: world.draftDebate.id } })).toBe(4);
  });
});

describe("debate.delete", () => {
  it("deletes a draft, and refuses a published debate", async () => {
    const caller = callerFor(world.instructor);
    await caller.debate.delete({ courseId: world.course.id, debateId: world.draftDebate.id });
    expect(await testDb().debate.count({ where: { id: world.draftDebate.id } })).toBe(0);
    const published = await errorOf(caller.debate.delete({ courseId: world.course.id, debateId: world.debate.id }));
    expect(published.code).toBe("PRECONDITION_FAILED");
    const unknown = await errorOf(caller.debate.delete({ courseId: world.course.id, debateId: "nope" }));
    expect(unknown.code).toBe("NOT_FOUND");
  });
});

describe("visibility", () => {
  it("students see published debates with their team; staff see drafts too", async () => {
    const studentList = await callerFor(world.student).debate.list({ courseId: world.course.id });
    expect(studentList.map((debate) => debate.id)).toEqual([world.debate.id]);
    expect(studentList[0]?.myTeam?.theoryName).toBe("Realism");
    expect(studentList[0]?.currentRound?.name).toBe("Opening");
    const staffList = await callerFor(world.ta).debate.list({ courseId: world.course.id });
    expect(staffList.map((debate) => debate.id).sort()).toEqual([world.debate.id, world.draftDebate.id].sort());
    const hidden = await errorOf(callerFor(world.student).debate.get({ courseId: world.course.id, debateId: world.draftDebate.id }));
    expect(hidden.code).toBe("NOT_FOUND");
  });
});

describe("round control", () => {
  it("locking freezes each team's argument into one submission, even when two instructors lock at once", async () => {
    await writeArgument(world.openRound.id, world.realismTeam.id, "Russia balanced against NATO's advance.");
    const caller = callerFor(world.instructor);
    const lock = { courseId: world.course.id, roundId: world.openRound.id, action: { type: "lockNow" as const } };
    const outcomes = await Promise.allSettled([caller.round.act(lock), caller.round.act(lock)]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected");
    expect(String((rejected as PromiseRejectedResult).reason)).toContain("already locked");

    const submissions = await testDb().submission.findMany({ where: { roundId: world.openRound.id }, select: { teamId: true, plainText: true, wordCount: true } });
    expect(submissions).toHaveLength(2);
    expect(submissions.find((submission) => submission.teamId === world.realismTeam.id)).toEqual({
      teamId: world.realismTeam.id,
      plainText: "Russia balanced against NATO's advance.",
      wordCount: 5,
    });
    expect(submissions.find((submission) => submission.teamId === world.liberalismTeam.id)?.wordCount).toBe(0);
    // Each submission carries every team member's contribution figures, for grading.
    const frozen = await testDb().submission.findUniqueOrThrow({
      where: { roundId_teamId: { roundId: world.openRound.id, teamId: world.realismTeam.id } },
      select: { contributions: true },
    });
    const credited = (frozen.contributions as { userId: string | null }[]).map((row) => row.userId);
    expect(credited).toEqual(expect.arrayContaining([world.student.id, world.teammate.id]));
    const debate = await caller.debate.get({ courseId: world.course.id, debateId: world.debate.id });
    expect(debate.rounds[1]?.state).toBe("VOTING");
  });

  it("refuses a second lock whose clock was read before the first lock took effect", async () => {
    // What two instructors clicking at once come down to: the one that waits for the row lock read
    // the time before the other's lock was recorded.
    const lockedAt = new Date();
    const lock = { courseId: world.course.id, roundId: world.openRound.id, action: { type: "lockNow" as const }, actorId: world.instructor.id };
    await applyRoundAction(testDb(), { ...lock, now: lockedAt });
    await expect(applyRoundAction(testDb(), { ...lock, now: new Date(lockedAt.getTime() - 1_000) })).rejects.toThrow("The round has already locked");
    const round = await testDb().round.findUniqueOrThrow({ where: { id: world.openRound.id }, select: { lockedAt: true } });
    expect(round.lockedAt).toEqual(lockedAt);
  });

  it("refuses illegal transitions with a clear reason", async () => {
    const caller = callerFor(world.instructor);
    const act = (roundId: string, action: Parameters<typeof caller.round.act>[0]["action"]) => caller.round.act({ courseId: world.course.id, roundId, action });
    expect((await errorOf(act(world.scheduledRound.id, { type: "lockNow" }))).message).toBe("Cannot lock a round that has not opened yet");
    expect((await errorOf(act(world.votingRound.id, { type: "openNow" }))).code).toBe("PRECONDITION_FAILED");
    const noReason = await errorOf(act(world.votingRound.id, { type: "reopen", reason: " ", newLocksAt: inHours(1) }));
    expect(noReason.code).toBe("BAD_REQUEST");
    expect(noReason.message).toContain("Reason is required");
    // Extending the open round past the next one's opening would overlap the two.
    const overlap = await errorOf(act(world.openRound.id, { type: "extendDeadline", newLocksAt: inHours(1.5) }));
    expect(overlap.code).toBe("BAD_REQUEST");
    expect(overlap.message).toBe("Round 3: the round must not open before round 2 locks");
  });

  it("opens a round early only once the round before it has locked", async () => {
    const caller = callerFor(world.instructor);
    const early = await errorOf(caller.round.act({ courseId: world.course.id, roundId: world.scheduledRound.id, action: { type: "openNow" } }));
    expect(early.code).toBe("PRECONDITION_FAILED");
    expect(early.message).toBe('Lock "Rebuttal" before opening the next round');
    await caller.round.act({ courseId: world.course.id, roundId: world.openRound.id, action: { type: "lockNow" } });
    await caller.round.act({ courseId: world.course.id, roundId: world.scheduledRound.id, action: { type: "openNow" } });
    const debate = await caller.debate.get({ courseId: world.course.id, debateId: world.debate.id });
    expect(debate.rounds.map((round) => round.state)).toEqual(["VOTING", "VOTING", "OPEN"]);
  });

  it("reopening clears the frozen submissions and the round's ballots, and records why", async () => {
    const caller = callerFor(world.instructor);
    await caller.round.act({ courseId: world.course.id, roundId: world.openRound.id, action: { type: "lockNow" } });
    await callerFor(world.student).vote.cast({ courseId: world.course.id, roundId: world.openRound.id, teamId: world.liberalismTeam.id });
    await caller.round.act({
      courseId: world.course.id,
      roundId: world.openRound.id,
      action: { type: "reopen", reason: "The server was down for ten minutes", newLocksAt: inHours(0.5) },
    });
    const debate = await callerFor(world.student).debate.get({ courseId: world.course.id, debateId: world.debate.id });
    expect(debate.rounds[1]).toMatchObject({ state: "OPEN", reopenReason: "The server was down for ten minutes" });
    expect(await testDb().submission.count({ where: { roundId: world.openRound.id } })).toBe(0);
    expect(await testDb().ballot.count({ where: { roundId: world.openRound.id } })).toBe(0);
    expect(await testDb().roundEvent.findMany({ where: { roundId: world.openRound.id }, select: { action: true }, orderBy: { createdAt: "asc" } })).toEqual([
      { action: "lockNow" },
      { action: "reopen" },
    ]);
  });
});

describe("voting", () => {
  it("one ballot per voter per round, changeable, never for one's own team", async () => {
    const student = callerFor(world.student);
    const ballot = { courseId: world.course.id, roundId: world.votingRound.id, teamId: world.liberalismTeam.id };
    await Promise.all([student.vote.cast(ballot), student.vote.cast(ballot)]);
    expect(await student.vote.status({ courseId: world.course.id, roundId: world.votingRound.id })).toEqual({
      roundId: world.votingRound.id,
      ballotCount: 1,
      eligibleVoters: 4,
      myTeamChoice: world.liberalismTeam.id,
    });
    const own = await errorOf(student.vote.cast({ ...ballot, teamId: world.realismTeam.id }));
    expect(own.message).toBe("You cannot vote for your own team");
    const early = await errorOf(student.vote.cast({ ...ballot, roundId: world.openRound.id }));
    expect(early.message).toBe("Voting opens when the round locks");
    const otherCourse = await errorOf(callerFor(world.outsider).vote.cast(ballot));
    expect(otherCourse.code).toBe("FORBIDDEN");
    const instructor = await errorOf(callerFor(world.instructor).vote.cast(ballot));
    expect(instructor.code).toBe("FORBIDDEN");
    expect(await testDb().ballot.count({ where: { roundId: world.votingRound.id } })).toBe(1);
  });

  it("follows the debate's voter rule", async () => {
    const audience = await makeUser("Ada Audience");
    await testDb().enrollment.create({ data: { userId: audience.id, courseId: world.course.id, role: "STUDENT" } });
    const ballot = { courseId: world.course.id, roundId: world.votingRound.id, teamId: world.liberalismTeam.id };
    await testDb().debate.update({ where: { id: world.debate.id }, data: { voterRule: "AUDIENCE" } });
    expect((await errorOf(callerFor(world.student).vote.cast(ballot))).message).toBe("Only students who are not debating vote in this debate");
    await callerFor(audience).vote.cast(ballot);
    await testDb().debate.update({ where: { id: world.debate.id }, data: { voterRule: "DEBATERS" } });
    expect((await errorOf(callerFor(audience).vote.cast(ballot))).message).toBe("Only the debating students vote in this debate");
    await callerFor(world.student).vote.cast(ballot);
    const unknownTeam = await errorOf(callerFor(world.student).vote.cast({ ...ballot, teamId: "no-such-team" }));
    expect(unknownTeam.code).toBe("NOT_FOUND");
  });

  it("keeps results hidden until voting closes, then shows the winner", async () => {
    const ballot = (voter: typeof world.student, teamId: string) =>
      callerFor(voter).vote.cast({ courseId: world.course.id, roundId: world.votingRound.id, teamId });
    await ballot(world.student, world.liberalismTeam.id);
    await ballot(world.teammate, world.liberalismTeam.id);
    await ballot(world.opponent, world.realismTeam.id);
    const during = await callerFor(world.student).vote.results({ courseId: world.course.id, debateId: world.debate.id });
    expect(during[0]).toMatchObject({ state: "VOTING", ballotCount: 3, tally: null });

    await callerFor(world.instructor).round.act({ courseId: world.course.id, roundId: world.votingRound.id, action: { type: "closeVoting" } });
    const after = await callerFor(world.student).vote.results({ courseId: world.course.id, debateId: world.debate.id });
    expect(after[0]?.state).toBe("CLOSED");
    expect(after[0]?.tally?.teamOutcome).toMatchObject({ winners: [world.liberalismTeam.id], isTie: false, margin: 1 });
    const late = await errorOf(ballot(world.opponentTeammate, world.realismTeam.id));
    expect(late.message).toBe("Voting on this round has closed");
  });
});
