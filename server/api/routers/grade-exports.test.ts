import { beforeEach, describe, expect, it } from "vitest";
import { csvDownload } from "@/server/api/csv-download";
import { makeParticipationWorld, type ParticipationWorld } from "@/server/testing/participation-world";
import { errorOf } from "@/server/testing/errors";
import { callerFor, testDb } from "@/server/testing/world";

let world: ParticipationWorld;
let debateTitle: string;

/**
 * Final: the realism team's opening (Sam docked 5 points) and Sam's participation in the thread
 * (not released: staff exports include it). Drafts, left out: the liberalism team's opening and
 * Tara's participation.
 */
beforeEach(async () => {
  world = await makeParticipationWorld();
  const courseId = world.course.id;
  const scores = [
    { criterionId: world.rubric.accuracy.id, levelId: world.rubric.accuracy.levelIds[1]!, points: null, comment: "Mostly right" },
    { criterionId: world.rubric.evidence.id, levelId: null, points: 25.5, comment: "=cite the sources" },
  ];
  const ta = callerFor(world.ta);
  await ta.grade.saveDraft({ courseId, submissionId: world.realismSubmission.id, comment: "", scores, adjustments: [{ userId: world.student.id, points: -5, reason: "Joined late" }] });
  await ta.grade.finalize({ courseId, submissionId: world.realismSubmission.id });
  await ta.grade.saveDraft({ courseId, submissionId: world.liberalismSubmission.id, comment: "", scores, adjustments: [] });
  await ta.grade.saveParticipationDraft({ courseId, threadId: world.thread.id, studentId: world.student.id, comment: "", scores });
  await ta.grade.finalizeParticipation({ courseId, threadId: world.thread.id, studentId: world.student.id });
  await ta.grade.saveParticipationDraft({ courseId, threadId: world.thread.id, studentId: world.teammate.id, comment: "", scores });
  debateTitle = (await testDb().debate.findUniqueOrThrow({ where: { id: world.debate.id }, select: { title: true } })).title;
});

describe("grade.exportGradebook", () => {
  it("lists every student with their final grades per round and per thread, released or not, in Canvas's layout", async () => {
    const { fileName, csv } = await callerFor(world.ta).grade.exportGradebook({ courseId: world.course.id });
    expect(fileName).toMatch(/^test-course-gradebook-\d{4}-\d{2}-\d{2}\.csv$/);
    const csvTitle = (title: string) => (/[",]/.test(title) ? `"${title.replaceAll('"', '""')}"` : title);
    expect(csv).toBe(
      [
        `Student,ID,SIS User ID,Section,${csvTitle(`${debateTitle}: Opening`)},Seminar: Was Kosovo a turning point?`,
        "Points Possible,,,,100,100",
        `"Opponent, Olive",${world.opponentTeammate.id},,,,`,
        `"Opponent, Otto",${world.opponent.id},,,,`,
        `"Student, Sam",${world.student.id},,,65.5,70.5`,
        `"Teammate, Tara",${world.teammate.id},,,70.5,`,
        "",
      ].join("\r\n"),
    );
  });

  it("is for the course's staff only", async () => {
    expect((await errorOf(callerFor(world.student).grade.exportGradebook({ courseId: world.course.id }))).code).toBe("FORBIDDEN");
    expect((await errorOf(callerFor(world.outsider).grade.exportGradebook({ courseId: world.course.id }))).code).toBe("FORBIDDEN");
  });
});

describe("grade.exportRubricDetail", () => {
  it("writes one row per student and criterion of each final grade, and one per adjustment", async () => {
    const { fileName, csv } = await callerFor(world.instructor).grade.exportRubricDetail({ courseId: world.course.id });
    expect(fileName).toMatch(/^test-course-rubric-detail-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe("Student,ID,Item,Type,Rubric,Criterion,Level,Points,Points Possible,Comment");
    const opening = `${debateTitle}: Opening`;
    const sam = `"Student, Sam",${world.student.id}`;
    const tara = `"Teammate, Tara",${world.teammate.id}`;
    const seminar = "Seminar: Was Kosovo a turning point?";
    const item = (title: string) => (/[",]/.test(title) ? `"${title.replaceAll('"', '""')}"` : title);
    expect(lines.slice(1)).toEqual([
      `${sam},${item(opening)},Debate,Argument rubric (v1),Accuracy,Proficient,45,60,Mostly right`,
      `${sam},${item(opening)},Debate,Argument rubric (v1),Evidence,,25.5,40,'=cite the sources`,
      `${sam},${item(opening)},Debate,Argument rubric (v1),Individual adjustment,,-5,,Joined late`,
      `${sam},${seminar},Seminar,Argument rubric (v1),Accuracy,Proficient,45,60,Mostly right`,
      `${sam},${seminar},Seminar,Argument rubric (v1),Evidence,,25.5,40,'=cite the sources`,
      `${tara},${item(opening)},Debate,Argument rubric (v1),Accuracy,Proficient,45,60,Mostly right`,
      `${tara},${item(opening)},Debate,Argument rubric (v1),Evidence,,25.5,40,'=cite the sources`,
      "",
    ]);
  });
});

describe("the export route handlers' answer (csvDownload)", () => {
  const download = (user: Parameters<typeof callerFor>[0], courseId = world.course.id) => csvDownload(() => callerFor(user).grade.exportGradebook({ courseId }));

  it("sends staff the file as an attachment", async () => {
    const response = await download(world.ta);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="test-course-gradebook-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toContain(`"Student, Sam",${world.student.id},,,65.5,70.5`);
  });

  it("answers 401 signed out, 403 to students and outsiders, 400 for a malformed course id, with a plain-text reason", async () => {
    const signedOut = await download(null);
    expect([signedOut.status, await signedOut.text()]).toEqual([401, "Please sign in to download this export.\n"]);
    const student = await download(world.student);
    const refusal = "Only this course's instructors and TAs may download its grade exports.\n";
    expect([student.status, await student.text()]).toEqual([403, refusal]);
    const outsider = await download(world.outsider);
    expect([outsider.status, await outsider.text()]).toEqual([403, refusal]);
    expect(outsider.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect((await download(world.ta, "x".repeat(65))).status).toBe(400);
  });
});
