/**
 * 300 students casting ballots at once against the production server (`next start`), beside a
 * baseline endpoint (GET /api/health: one `SELECT 1`) measured in the same run.
 * Run: npm run bench:votes [-- --seconds 10 --connections 300]. Needs a production build
 * (`npm run build`). Prints req/s and latency percentiles, and the ratios to the baseline.
 * With C connections sending back to back, latency ≈ C / throughput (Little's law): 300 open
 * connections cannot see a 50 ms p99 below 6,000 req/s, so `--connections 50` (each connection
 * voting for a rotating sixth of the class) shows latency at a realistic concurrency.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { encode } from "next-auth/jwt";
import { createDb } from "@/server/db";
import { createTestDatabase } from "@/server/launcher/test-database";
import { formatLoad, runLoad } from "./load";
import { seedVotingCourse } from "./seed-voting-course";

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const seconds = option("seconds", 10);
const students = 300;
const connections = option("connections", students);
const port = 3900;
const secret = randomBytes(32).toString("base64url");
const origin = `http://127.0.0.1:${port}`;

const database = await createTestDatabase("stoa_bench");
const server = spawn("npx", ["next", "start", "--port", String(port)], {
  env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: origin, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});

try {
  const db = createDb(database.url);
  const course = await seedVotingCourse(db, students);
  await db.$disconnect();
  const cookies = await Promise.all(
    course.voters.map(async (voter) => `next-auth.session-token=${await encode({ token: { sub: voter.id, name: voter.name, email: voter.email }, secret })}`),
  );
  await waitForServer(`${origin}/api/health`);

  const castBallot = (worker: number, iteration: number) => {
    // Connection w votes for students w, w + C, w + 2C, … in turn.
    const voterIndex = (worker + iteration * connections) % students;
    const voter = course.voters[voterIndex]!;
    // Alternate between the two teams the voter may choose, so every request changes a ballot.
    const teamId = voter.choices[Math.floor((worker + iteration * connections) / students) % voter.choices.length]!;
    return fetch(`${origin}/api/trpc/vote.cast`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookies[voterIndex]! },
      body: JSON.stringify({ json: { courseId: course.courseId, roundId: course.roundId, teamId } }),
    });
  };
  // Warm both paths (route compilation, connection pools) before measuring.
  await runLoad({ workers: 20, seconds: 2, request: () => fetch(`${origin}/api/health`) });
  await runLoad({ workers: 20, seconds: 2, request: castBallot });

  const baseline = await runLoad({ workers: connections, seconds, request: () => fetch(`${origin}/api/health`) });
  const ballots = await runLoad({ workers: connections, seconds, request: castBallot });
  console.log(`${students} students over ${connections} concurrent connections, ${seconds} s each, same machine as the server (2 cores shared):`);
  console.log(formatLoad("baseline /api/health", baseline));
  console.log(formatLoad("vote.cast", ballots));
  console.log(
    `ratio vote.cast / baseline: throughput ${(ballots.perSecond / baseline.perSecond).toFixed(2)}×, p50 ${(ballots.p50 / baseline.p50).toFixed(2)}×, p99 ${(ballots.p99 / baseline.p99).toFixed(2)}×`,
  );
  const check = createDb(database.url);
  const stored = await check.ballot.count({ where: { roundId: course.roundId } });
  await check.$disconnect();
  console.log(`ballots stored: ${stored} (one per voter: ${stored === students ? "yes" : "NO"})`);
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  await database.dispose();
}

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 300; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the server at ${url} did not start`);
}
