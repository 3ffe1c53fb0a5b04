import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import { publishCourseEvent, type CourseEvent } from "@/server/services/events/course-events";
import { testDb } from "@/server/testing/world";

const children: ChildProcessWithoutNullStreams[] = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill("SIGTERM");
});

/** A separate Node process listening to the course, as a second web server would. */
function listener(courseId: string) {
  const child = spawn(process.execPath, ["--import", "tsx", "server/services/events/listen-child.ts", courseId], { env: process.env });
  children.push(child);
  const lines = createInterface({ input: child.stdout });
  const received: unknown[] = [];
  let onLine = () => {};
  lines.on("line", (line) => {
    received.push(JSON.parse(line));
    onLine();
  });
  const waitFor = (count: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`expected ${count} lines, got ${JSON.stringify(received)}`)), 20_000);
      onLine = () => {
        if (received.length >= count) {
          clearTimeout(timer);
          resolve();
        }
      };
      onLine();
    });
  return { received, waitFor };
}

describe("course events", () => {
  it("reach every process listening to the course, and only that course's", async () => {
    const courseId = `course-${Date.now()}`;
    const [first, second] = [listener(courseId), listener(courseId)];
    await Promise.all([first.waitFor(1), second.waitFor(1)]);

    const event: CourseEvent = { courseId, type: "ballot", debateId: "debate-1", roundId: "round-1" };
    await publishCourseEvent(testDb(), { courseId: "another-course", type: "debate", debateId: "debate-2" });
    await publishCourseEvent(testDb(), event);
    await Promise.all([first.waitFor(2), second.waitFor(2)]);
    expect(first.received).toEqual([{ ready: true }, event]);
    expect(second.received).toEqual([{ ready: true }, event]);
  }, 40_000);
});
