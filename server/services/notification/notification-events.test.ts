import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import type { SessionUser } from "@/server/api/trpc";
import { sendRoundReminders } from "@/server/services/debate/round-reminders";
import { finalizeGrade, saveGradeDraft } from "@/server/services/grading/grades";
import { releaseGrades } from "@/server/services/grading/release";
import { notify } from "@/server/services/notification/notifications";
import { makePost, makeSeminarThread } from "@/server/services/seminar/testing/seminar-world";
import { makeDebateWorld } from "@/server/testing/debate-world";
import { gradableSubmission } from "@/server/testing/grading-world";
import { callerFor, makeWorld, testDb } from "@/server/testing/world";

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGTERM");
});

/** A separate Node process listening for one user's notifications, as a second web server would. */
function listener(userId: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/services/notification/testing/listen-notifications-child.ts", userId], { env: process.env });
  children.push(child);
  const received: unknown[] = [];
  let onLine = () => {};
  createInterface({ input: child.stdout }).on("line", (line) => {
    received.push(JSON.parse(line));
    onLine();
  });
  const waitFor = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} lines, got ${JSON.stringify(received)}`)), 20_000);
      onLine = () => {
        if (received.length < count) return;
        clearTimeout(timer);
        resolve();
      };
      onLine();
    });
  return { received, waitFor };
}

/** The `notification.events` subscription as `user` would open it, collecting what arrives. */
async function subscribe(user: SessionUser) {
  const iterable = (await callerFor(user).notification.events()) as AsyncIterable<unknown>;
  const iterator = iterable[Symbol.asyncIterator]();
  const received: unknown[] = [];
  const next = async () => {
    const result = await iterator.next();
    if (!result.done) received.push(result.value);
    return result.value;
  };
  // The first next() opens the LISTEN; give it its connection before anything is published.
  const first = next();
  await new Promise((resolve) => setTimeout(resolve, 300));
  return { first, next, received, stop: () => void iterator.return?.() };
}

describe("notification events", () => {
  it("a reply reaches every web process listening for its addressee, after commit, and nobody else", async () => {
    const world = await makeWorld();
    const { id: threadId } = await makeSeminarThread(world);
    const [studentTabA, studentTabB, instructorTab] = [listener(world.student.id), listener(world.student.id), listener(world.instructor.id)];
    await Promise.all([studentTabA.waitFor(1), studentTabB.waitFor(1), instructorTab.waitFor(1)]);

    // A rolled-back change notifies nobody.
    await testDb()
      .$transaction(async (tx) => {
        await notify(tx, [{ userId: world.student.id, courseId: world.course.id, kind: "REPLY", title: "Never sent", href: "/" }]);
        throw new Error("roll back");
      })
      .catch(() => undefined);

    const studentPost = await makePost(world, { threadId, author: world.student });
    const reply = await makePost(world, { threadId, author: world.instructor, role: "INSTRUCTOR", parentId: studentPost.id });
    await Promise.all([studentTabA.waitFor(2), studentTabB.waitFor(2)]);
    // The student's own reply tells the instructor, not the student.
    await makePost(world, { threadId, author: world.student, parentId: reply.id });
    await instructorTab.waitFor(2);

    expect(studentTabA.received).toEqual([{ ready: true }, { userId: world.student.id }]);
    expect(studentTabB.received).toEqual([{ ready: true }, { userId: world.student.id }]);
    expect(instructorTab.received).toEqual([{ ready: true }, { userId: world.instructor.id }]);
    expect(await testDb().notification.count({ where: { title: "Never sent" } })).toBe(0);
  }, 60_000);

  it("round reminders and released grades reach the debaters' bells through notification.events", async () => {
    const now = new Date();
    const world = await makeDebateWorld(now);
    const student = await subscribe(world.student);
    const outsider = await subscribe(world.outsider);

    // Rebuttal locks and Closing opens within the hour: the worker's tick reminds every debater.
    expect(await sendRoundReminders(testDb(), now)).toBeGreaterThan(0);
    expect(await student.first).toEqual({ userId: world.student.id });
    expect(await testDb().notification.count({ where: { userId: world.student.id, kind: { in: ["ROUND_OPENING", "ROUND_LOCKING"] } } })).toBe(2);

    const { completeDraft } = await gradableSubmission(world);
    await saveGradeDraft(testDb(), { ...completeDraft, actorId: world.instructor.id, now });
    await finalizeGrade(testDb(), { courseId: world.course.id, submissionId: completeDraft.submissionId, actorId: world.instructor.id, now });
    await releaseGrades(testDb(), { courseId: world.course.id, debateId: world.debate.id, now });
    expect(await student.next()).toEqual({ userId: world.student.id });
    expect(await testDb().notification.count({ where: { userId: world.student.id, kind: "GRADES_RELEASED" } })).toBe(1);

    // Reading them tells the student's other tabs too; the outsider heard nothing all along.
    await callerFor(world.student).notification.markRead({ notificationId: null });
    expect(await student.next()).toEqual({ userId: world.student.id });
    await callerFor(world.outsider).notification.markRead({ notificationId: null });
    expect(outsider.received).toEqual([]);
    student.stop();
    outsider.stop();
  }, 60_000);
});
