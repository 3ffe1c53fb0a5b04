/**
 * Every procedure of the app router declares who may call it, and every declared rule holds for
 * a caller of each role. A new procedure fails this test until it has a rule and a sample input.
 */
import { TRPCError } from "@trpc/server";
import { beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@/server/api/root";
import { argumentDocumentName } from "@/server/domain/argument/document-name";
import type { AccessRule, SessionUser } from "@/server/api/trpc";
import { makeDebateWorld, type DebateWorld as World } from "@/server/testing/debate-world";
import { gradableSubmission, testRubric } from "@/server/testing/grading-world";
import { paragraphDoc } from "@/server/domain/seminar/rich-text";
import { makePost, makeSeminarThread } from "@/server/services/seminar/testing/seminar-world";
import { makeImportedThesis, toBase64 } from "@/server/services/thesis/testing/thesis-world";
import { saveGradeDraft } from "@/server/services/grading/grades";
import { saveParticipationDraft } from "@/server/services/grading/participation";
import { gradableParticipation } from "@/server/testing/participation-world";
import { callerFor, testDb, uniqueEmail } from "@/server/testing/world";

/** Built per call; `caller` is who will call, for procedures only an author may use (editing a post). */
type Sample = (world: World, caller: SessionUser | null) => unknown;

/** The student's own team's document for the open round: the student writes, staff read. */
const realismOpening = (w: World) => argumentDocumentName({ debateId: w.debate.id, roundId: w.openRound.id, teamId: w.realismTeam.id });

const seminarThread = async (w: World) => ({ courseId: w.course.id, threadId: (await makeSeminarThread(w)).id });
/** A post by `author` (the world's student by default) in a fresh thread. */
const seminarPost = async (w: World, author: SessionUser | null = w.student) => {
  const { threadId } = await seminarThread(w);
  const role = author?.id === w.instructor.id ? "INSTRUCTOR" : author?.id === w.ta.id ? "TA" : "STUDENT";
  const post = await makePost(w, { threadId, author: author ?? w.student, role });
  return { courseId: w.course.id, postId: post.id };
};

const caseFields = { title: "A new case", periodStart: 2000, periodEnd: 2001, summary: "", keyEvents: [], sources: [] };

/** One valid input per procedure, built from a fresh world. */
const samples: Record<string, Sample> = {
  "auth.signUp": () => ({ name: "New Person", email: uniqueEmail(), password: "correct horse battery" }),
  "course.list": () => undefined,
  "course.create": () => ({ title: "New course", description: "", template: "EMPTY" }),
  "course.join": (w) => ({ code: w.course.joinCode }),
  "course.get": (w) => ({ courseId: w.course.id }),
  "course.update": (w) => ({ courseId: w.course.id, title: "Renamed", description: "" }),
  "course.joinCode": (w) => ({ courseId: w.course.id }),
  "course.regenerateJoinCode": (w) => ({ courseId: w.course.id }),
  "theory.update": (w) => ({ courseId: w.course.id, theoryId: w.theory.id, name: "Realism", summary: "", coreClaims: [], keyThinkers: [] }),
  "case.get": (w) => ({ courseId: w.course.id, caseId: w.case.id }),
  "case.create": (w) => ({ courseId: w.course.id, ...caseFields }),
  "case.update": (w) => ({ courseId: w.course.id, caseId: w.case.id, ...caseFields }),
  "case.delete": (w) => ({ courseId: w.course.id, caseId: w.spareCase.id }),
  "case.reorder": (w) => ({ courseId: w.course.id, caseIds: [w.spareCase.id, w.case.id] }),
  "prompt.list": (w) => ({ courseId: w.course.id, caseId: w.case.id }),
  "prompt.create": (w) => ({ courseId: w.course.id, caseId: w.case.id, kind: "DEBATE", text: "A motion", status: "DRAFT" }),
  "prompt.update": (w) => ({ courseId: w.course.id, promptId: w.draftPrompt.id, kind: "SEMINAR", text: "Edited", status: "DRAFT" }),
  "prompt.delete": (w) => ({ courseId: w.course.id, promptId: w.draftPrompt.id }),
  "prompt.reorder": (w) => ({ courseId: w.course.id, caseId: w.case.id, promptIds: [w.draftPrompt.id, w.postedPrompt.id] }),
  "member.list": (w) => ({ courseId: w.course.id }),
  "member.changeRole": (w) => ({ courseId: w.course.id, userId: w.student.id, role: "STUDENT" }),
  "member.remove": (w) => ({ courseId: w.course.id, userId: w.student.id }),
  "debate.list": (w) => ({ courseId: w.course.id }),
  "debate.get": (w) => ({ courseId: w.course.id, debateId: w.debate.id }),
  "debate.create": (w) => ({
    courseId: w.course.id,
    promptId: w.postedPrompt.id,
    theoryIds: [w.theory.id, w.liberalism.id],
    teamsPerPosition: 1,
    rounds: [{ name: "Opening", opensAt: new Date(Date.now() + 3_600_000), locksAt: new Date(Date.now() + 7_200_000), votingClosesAt: null, wordLimit: null }],
  }),
  "debate.delete": (w) => ({ courseId: w.course.id, debateId: w.draftDebate.id }),
  "debate.previewAssignment": (w) => ({ courseId: w.course.id, debateId: w.draftDebate.id }),
  "debate.publishAssignment": (w) => ({
    courseId: w.course.id,
    debateId: w.draftDebate.id,
    teams: [
      { theoryId: w.theory.id, studentIds: [w.student.id, w.opponent.id] },
      { theoryId: w.liberalism.id, studentIds: [w.teammate.id, w.opponentTeammate.id] },
    ],
  }),
  "debate.events": (w) => ({ courseId: w.course.id }),
  "round.act": (w) => ({ courseId: w.course.id, roundId: w.openRound.id, action: { type: "lockNow" } }),
  "vote.cast": (w) => ({ courseId: w.course.id, roundId: w.votingRound.id, teamId: w.liberalismTeam.id }),
  "vote.status": (w) => ({ courseId: w.course.id, roundId: w.votingRound.id }),
  "vote.results": (w) => ({ courseId: w.course.id, debateId: w.debate.id }),
  "collab.ticket": (w) => ({ courseId: w.course.id, documentName: realismOpening(w) }),
  "collab.contributions": (w) => ({ courseId: w.course.id, documentName: realismOpening(w) }),
  "seminar.list": (w) => ({ courseId: w.course.id }),
  "seminar.thread": seminarThread,
  "seminar.markRead": seminarThread,
  "seminar.openThread": (w) => ({ courseId: w.course.id, caseId: w.case.id, title: "Open questions" }),
  "seminar.updateThread": async (w) => ({ ...(await seminarThread(w)), requirePostBeforeView: true, isLocked: false }),
  "seminar.post": async (w) => ({ ...(await seminarThread(w)), body: paragraphDoc("A first post") }),
  "seminar.edit": async (w, caller) => ({ ...(await seminarPost(w, caller ?? w.student)), body: paragraphDoc("Edited") }),
  "seminar.delete": (w, caller) => seminarPost(w, caller ?? w.student),
  "seminar.history": (w, caller) => seminarPost(w, caller ?? w.student),
  "seminar.pin": async (w) => ({ ...(await seminarPost(w)), isPinned: true }),
  "seminar.endorse": async (w) => ({ ...(await seminarPost(w)), isEndorsed: true }),
  "seminar.hide": async (w) => ({ ...(await seminarPost(w)), reason: "Off topic" }),
  "seminar.unhide": (w) => seminarPost(w),
  "seminar.report": async (w, caller) => ({ ...(await seminarPost(w, caller?.id === w.student.id ? w.ta : w.student)), reason: "Rude" }),
  "seminar.reports": (w) => ({ courseId: w.course.id }),
  "seminar.resolveReport": async (w) => {
    const { postId } = await seminarPost(w, w.ta);
    const report = await callerFor(w.student).seminar.report({ courseId: w.course.id, postId, reason: "Rude" });
    return { courseId: w.course.id, reportId: report.id };
  },
  "seminar.participation": (w) => ({ courseId: w.course.id }),
  "seminar.events": (w) => ({ courseId: w.course.id }),
  "notification.list": () => undefined,
  "notification.unreadCount": () => undefined,
  "notification.markRead": () => ({}),
  "notification.events": () => undefined,
  "thesis.list": (w) => ({ courseId: w.course.id }),
  "thesis.outline": async (w) => ({ courseId: w.course.id, thesisId: (await makeImportedThesis(w)).thesisId }),
  "thesis.section": async (w) => {
    const thesis = await makeImportedThesis(w);
    return { courseId: w.course.id, thesisId: thesis.thesisId, chapterId: thesis.chapterId, sectionId: thesis.sectionId };
  },
  "thesis.chapter": async (w) => ({ courseId: w.course.id, thesisId: (await makeImportedThesis(w)).thesisId }),
  "thesis.passages": async (w) => {
    const thesis = await makeImportedThesis(w);
    return { courseId: w.course.id, thesisId: thesis.thesisId, anchors: [thesis.anchor] };
  },
  "thesis.caseLinks": (w) => ({ courseId: w.course.id, caseId: w.case.id }),
  "thesis.imports": (w) => ({ courseId: w.course.id }),
  "thesis.search": async (w) => ({ courseId: w.course.id, thesisId: (await makeImportedThesis(w)).thesisId, query: "enlargement" }),
  "thesis.upload": (w) => ({ courseId: w.course.id, fileName: "notes.md", contentBase64: toBase64("# Notes\n\nA short text.\n") }),
  "thesis.importStatus": async (w) => ({ courseId: w.course.id, importId: (await makeImportedThesis(w)).importId }),
  "thesis.createCase": async (w) => {
    const thesis = await makeImportedThesis(w);
    return { courseId: w.course.id, thesisId: thesis.thesisId, ...caseFields, excerpts: [{ anchor: thesis.anchor }] };
  },
  "thesis.createPrompt": async (w) => {
    const thesis = await makeImportedThesis(w);
    return { courseId: w.course.id, thesisId: thesis.thesisId, caseId: w.case.id, kind: "SEMINAR", text: "Why?", excerpts: [{ anchor: thesis.anchor }] };
  },
  "thesis.excerptsFor": (w) => ({ courseId: w.course.id, caseId: w.case.id }),
  "thesis.threadExcerpts": seminarThread,
  "rubric.list": (w) => ({ courseId: w.course.id }),
  "rubric.get": async (w) => ({ courseId: w.course.id, rubricId: (await gradableSubmission(w)).rubricId }),
  "rubric.create": (w) => ({ courseId: w.course.id, ...testRubric }),
  "rubric.update": async (w) => ({ courseId: w.course.id, rubricId: (await gradableSubmission(w)).rubricId, ...testRubric, title: "Renamed" }),
  "rubric.duplicate": async (w) => ({ courseId: w.course.id, rubricId: (await gradableSubmission(w)).rubricId }),
  "rubric.attach": async (w) => ({ courseId: w.course.id, rubricId: (await gradableSubmission(w)).rubricId, debateId: w.debate.id, roundId: w.openRound.id }),
  "grade.queue": (w) => ({ courseId: w.course.id, debateId: w.debate.id }),
  "grade.get": async (w) => ({ courseId: w.course.id, submissionId: (await gradableSubmission(w)).submissionId }),
  "grade.saveDraft": async (w) => (await gradableSubmission(w)).completeDraft,
  "grade.finalize": async (w) => {
    const { completeDraft } = await gradableSubmission(w);
    await saveGradeDraft(testDb(), { ...completeDraft, actorId: w.instructor.id, now: new Date() });
    return { courseId: w.course.id, submissionId: completeDraft.submissionId };
  },
  "grade.release": (w) => ({ courseId: w.course.id, debateId: w.debate.id }),
  "grade.mine": (w) => ({ courseId: w.course.id }),
  "grade.history": async (w) => ({ courseId: w.course.id, submissionId: (await gradableSubmission(w)).submissionId }),
  "rubric.attachThread": async (w) => {
    const { rubricId, threadId } = await gradableParticipation(w);
    return { courseId: w.course.id, rubricId, threadId };
  },
  "grade.participationThreads": (w) => ({ courseId: w.course.id }),
  "grade.participationQueue": async (w) => ({ courseId: w.course.id, threadId: (await gradableParticipation(w)).threadId }),
  "grade.getParticipation": async (w) => (await gradableParticipation(w)).ref,
  "grade.saveParticipationDraft": async (w) => (await gradableParticipation(w)).completeDraft,
  "grade.finalizeParticipation": async (w) => {
    const { completeDraft, ref } = await gradableParticipation(w);
    await saveParticipationDraft(testDb(), { ...completeDraft, actorId: w.instructor.id, now: new Date() });
    return ref;
  },
  "grade.releaseThread": async (w) => ({ courseId: w.course.id, threadId: (await gradableParticipation(w)).threadId }),
  "grade.participationHistory": async (w) => (await gradableParticipation(w)).ref,
  "grade.exportGradebook": (w) => ({ courseId: w.course.id }),
  "grade.exportRubricDetail": (w) => ({ courseId: w.course.id }),
  "dashboard.get": (w) => ({ courseId: w.course.id, inactiveDays: 14 }),
};

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { meta?: { access?: AccessRule } } }>).map(
  ([path, procedure]) => ({ path, access: procedure._def.meta?.access }),
);

// Least privileged first, so that an allowed call's side effects (say, removing the student)
// happen after the denials have been checked.
const roles = ["anonymous", "outsider", "student", "ta", "instructor"] as const;
type Role = (typeof roles)[number];

function userFor(world: World, role: Role): SessionUser | null {
  if (role === "anonymous") return null;
  return { outsider: world.outsider, student: world.student, ta: world.ta, instructor: world.instructor }[role];
}

function expectedDenial(rule: AccessRule, role: Role): "UNAUTHORIZED" | "FORBIDDEN" | null {
  if (rule.kind === "public") return null;
  if (role === "anonymous") return "UNAUTHORIZED";
  if (rule.kind === "authenticated") return null;
  if (role === "outsider") return "FORBIDDEN";
  const courseRole = ({ student: "STUDENT", ta: "TA", instructor: "INSTRUCTOR" } as const)[role];
  return rule.roles.includes(courseRole) ? null : "FORBIDDEN";
}

async function call(user: SessionUser | null, path: string, input: unknown): Promise<string | null> {
  let target: unknown = callerFor(user);
  for (const key of path.split(".")) target = (target as Record<string, unknown>)[key];
  try {
    await (target as (input: unknown) => Promise<unknown>)(input);
    return null;
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe("access rules", () => {
  it("finds the app's procedures", () => {
    expect(procedures.length).toBeGreaterThanOrEqual(Object.keys(samples).length);
  });

  it("every procedure declares an access rule", () => {
    expect(procedures.filter((procedure) => !procedure.access).map((procedure) => procedure.path)).toEqual([]);
  });

  it("every procedure has a sample input here, and every sample a procedure", () => {
    const paths = procedures.map((procedure) => procedure.path).sort();
    expect(Object.keys(samples).sort()).toEqual(paths);
  });

  describe.each(procedures)("$path", ({ path, access }) => {
    let world: World;
    beforeAll(async () => {
      world = await makeDebateWorld();
    });

    it.each(roles)("as %s", async (role) => {
      if (!access) throw new Error(`${path} has no access rule`);
      const sample = samples[path];
      if (!sample) throw new Error(`${path} has no sample input in access-rules.test.ts`);
      const user = userFor(world, role);
      const outcome = await call(user, path, await sample(world, user));
      const denial = expectedDenial(access, role);
      if (denial) {
        expect(outcome).toBe(denial);
      } else {
        // Allowed callers get past access; the sample input is valid, so nothing else fails either.
        expect(outcome).toBeNull();
      }
    });
  });
});
