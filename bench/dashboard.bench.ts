/**
 * The staff dashboard of a big course: 300 students × 30 debates × 3 rounds with submissions,
 * ballots, grades and seminar posts, in a fresh database of its own. Measures the server time of
 * `dashboard.get` (the service alone and through the tRPC procedure) and how many SQL queries one
 * call makes, beside baselines measured in the same run: a `SELECT 1` round trip and the
 * `course.get` procedure. The same course with 100 students shows that the number of queries
 * does not grow with the class. Run: npm run bench:dashboard [-- --runs 60].
 * Exits 1 when p95 exceeds 150 ms or the query count differs between the two class sizes.
 * Writes bench/results/dashboard-<time>.json.
 */
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import { performance } from "node:perf_hooks";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/prisma/generated/client";
import { createCaller } from "@/server/api/root";
import { createTRPCContext } from "@/server/api/trpc";
import { createTestDatabase } from "@/server/launcher/test-database";
import { courseDashboard } from "@/server/services/dashboard/course-dashboard";
import { seedDashboardCourse } from "@/server/services/dashboard/testing/dashboard-course";

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const runs = option("runs", 60);
const budgetMilliseconds = 150;
const shape = { debates: 30, roundsPerDebate: 3, threads: 5 };

type Timing = { p50: number; p95: number; max: number; queries: number };

const database = await createTestDatabase("stoa_bench_dashboard");
const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }), log: [{ emit: "event", level: "query" }] });
let queries = 0;
db.$on("query", () => {
  queries += 1;
});

try {
  const now = new Date();
  const seedStarted = performance.now();
  const large = await seedDashboardCourse(db, { students: 300, ...shape }, now);
  const seedSeconds = (performance.now() - seedStarted) / 1_000;
  const small = await seedDashboardCourse(db, { students: 100, ...shape }, now);
  await db.$executeRawUnsafe("ANALYZE");
  console.log(`seeded 300 students in ${seedSeconds.toFixed(1)} s:`, large.counts);

  /** Times `work` `runs` times after a warm-up, and counts the queries of one call. */
  async function measure(work: () => Promise<unknown>): Promise<Timing> {
    for (let run = 0; run < 5; run++) await work();
    queries = 0;
    await work();
    const perCall = queries;
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      await work();
      times.push(performance.now() - started);
    }
    times.sort((left, right) => left - right);
    const at = (fraction: number) => times[Math.ceil(fraction * times.length) - 1]!;
    return { p50: at(0.5), p95: at(0.95), max: times.at(-1)!, queries: perCall };
  }

  const callerFor = (course: typeof large) => createCaller(createTRPCContext({ db, user: course.instructor }));
  const results: Record<string, Timing> = {
    "baseline SELECT 1": await measure(() => db.$queryRaw`SELECT 1`),
    "baseline course.get (300)": await measure(() => callerFor(large).course.get({ courseId: large.courseId })),
    "service, 300 students": await measure(() => courseDashboard(db, { courseId: large.courseId, now: new Date(), inactiveDays: 7 })),
    "dashboard.get, 300 students": await measure(() => callerFor(large).dashboard.get({ courseId: large.courseId, inactiveDays: 7 })),
    "service, 100 students": await measure(() => courseDashboard(db, { courseId: small.courseId, now: new Date(), inactiveDays: 7 })),
    "dashboard.get, 100 students": await measure(() => callerFor(small).dashboard.get({ courseId: small.courseId, inactiveDays: 7 })),
  };

  const [load1, load5] = os.loadavg();
  console.log(`\n${runs} timed runs each after 5 warm-up calls; load average ${load1!.toFixed(2)} (1 min), ${load5!.toFixed(2)} (5 min) on ${os.cpus().length} cores`);
  console.log("milliseconds".padEnd(30) + ["p50", "p95", "max", "queries"].map((label) => label.padStart(10)).join(""));
  for (const [label, timing] of Object.entries(results)) {
    console.log(label.padEnd(30) + [timing.p50, timing.p95, timing.max].map((ms) => ms.toFixed(1).padStart(10)).join("") + String(timing.queries).padStart(10));
  }
  const procedure = results["dashboard.get, 300 students"]!;
  const baseline = results["baseline course.get (300)"]!;
  console.log(`\ndashboard.get / course.get: p50 ${(procedure.p50 / baseline.p50).toFixed(1)}×, p95 ${(procedure.p95 / baseline.p95).toFixed(1)}×`);
  const isConstant = results["service, 300 students"]!.queries === results["service, 100 students"]!.queries;
  console.log(`queries per dashboard: ${results["service, 300 students"]!.queries} with 300 students, ${results["service, 100 students"]!.queries} with 100 (${isConstant ? "constant" : "GROWS"})`);

  await mkdir(new URL("./results/", import.meta.url), { recursive: true });
  const file = new URL(`./results/dashboard-${now.toISOString().replaceAll(":", "-")}.json`, import.meta.url);
  await writeFile(file, JSON.stringify({ at: now, runs, seedSeconds, counts: large.counts, loadAverage: os.loadavg(), results }, null, 2));
  console.log(`written to ${file.pathname}`);

  if (procedure.p95 > budgetMilliseconds) console.error(`FAIL: dashboard.get p95 ${procedure.p95.toFixed(1)} ms is above the ${budgetMilliseconds} ms target`);
  if (!isConstant) console.error("FAIL: the number of queries grows with the number of students");
  process.exitCode = procedure.p95 > budgetMilliseconds || !isConstant ? 1 : 0;
} finally {
  await db.$disconnect();
  await database.dispose();
}
