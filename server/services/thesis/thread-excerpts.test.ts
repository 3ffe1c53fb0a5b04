import { describe, expect, it } from "vitest";
import { makeSeminarThread } from "@/server/services/seminar/testing/seminar-world";
import { makeWorld, testDb } from "@/server/testing/world";
import { makeImportedThesis } from "./testing/thesis-world";
import { threadExcerpts } from "./thread-excerpts";

describe("threadExcerpts", () => {
  it("gives a seminar thread's prompt excerpts, hides a draft prompt's thread from students, and none for a case thread", async () => {
    const world = await makeWorld();
    const db = testDb();
    const thesis = await makeImportedThesis(world);
    const thread = await makeSeminarThread(world);
    await db.thesisExcerpt.create({ data: { thesisId: thesis.thesisId, anchor: thesis.anchor, quote: thesis.paragraphText, promptId: thread.promptId } });

    const shown = await threadExcerpts(db, { courseId: world.course.id, threadId: thread.id, isStaff: false });
    expect(shown.map((excerpt) => [excerpt.anchor, excerpt.location?.sectionId])).toEqual([[thesis.anchor, thesis.sectionId]]);

    await db.prompt.update({ where: { id: thread.promptId! }, data: { status: "DRAFT" } });
    await expect(threadExcerpts(db, { courseId: world.course.id, threadId: thread.id, isStaff: false })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await threadExcerpts(db, { courseId: world.course.id, threadId: thread.id, isStaff: true })).toHaveLength(1);
    await expect(threadExcerpts(db, { courseId: world.otherCourse.id, threadId: thread.id, isStaff: true })).rejects.toMatchObject({ code: "NOT_FOUND" });

    const caseThread = await db.thread.create({ data: { courseId: world.course.id, caseId: world.case.id, title: "Open talk", createdById: world.instructor.id }, select: { id: true } });
    expect(await threadExcerpts(db, { courseId: world.course.id, threadId: caseThread.id, isStaff: false })).toEqual([]);
  });
});
