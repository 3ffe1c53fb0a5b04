/**
 * The worker process (`npm start` runs it beside the web and collaboration servers): round
 * transitions on time, with nobody on the page. Jobs live in PostgreSQL through pg-boss, so any
 * number of workers can run and a restart loses nothing.
 */
import PgBoss from "pg-boss";
import { createDb } from "@/server/db";
import { env } from "@/server/env";
import { deadlineQueue, runDeadline, runTick, tickQueue } from "@/server/jobs/round-jobs";
import { runThesisImport, thesisImportQueue, type ThesisImportJob } from "@/server/jobs/thesis-jobs";
import type { RoundDeadline } from "@/server/services/debate/round-deadlines";

const db = createDb(env().DATABASE_URL);
const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss" });
boss.on("error", (error) => console.error("[worker] pg-boss:", error));

await boss.start();
await boss.createQueue(tickQueue);
await boss.createQueue(deadlineQueue);
await boss.createQueue(thesisImportQueue);
await boss.schedule(tickQueue, "* * * * *");

await boss.work(tickQueue, async () => {
  await runTick(boss, db, new Date());
});
await boss.work<RoundDeadline>(deadlineQueue, { pollingIntervalSeconds: 1 }, async (jobs) => {
  for (const job of jobs) await runDeadline(db, { ...job.data, at: new Date(job.data.at) }, new Date());
});

await boss.work<ThesisImportJob>(thesisImportQueue, async (jobs) => {
  for (const job of jobs) await runThesisImport(db, job.data);
});

// Catch up at once after a restart rather than at the next minute.
const first = await runTick(boss, db, new Date());
console.log(`[worker] ready: froze ${first.frozen} overdue round(s), ${first.scheduled} deadline(s) queued`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await boss.stop({ graceful: true, timeout: 5_000 });
  await db.$disconnect();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
