/**
 * 300 students casting ballots against the production web server (`server/web/main.ts`, as
 * `npm start` runs it), beside a baseline endpoint (GET /api/health, a Next route handler running
 * one `SELECT 1`) measured the same way in the same run. Each ballot is the request the app's own
 * client sends (tRPC's batch link: `POST /api/trpc/vote.cast?batch=1`).
 * Run: npm run bench:votes [-- --seconds 8 --connections 300 --rate 1000 --profile DIR].
 * Needs a production build (`npm run build`; NEXT_DIST_DIR picks another build directory).
 *
 * Two load models, each for the baseline and then for ballots:
 * - closed loop: `--connections` clients (300: one per student) each voting again as soon as
 *   the previous answer arrives. This is the most the server does per second; with C clients
 *   latency is about C ÷ throughput (Little's law), so 300 of them cannot see a 50 ms p99 below
 *   6,000 req/s on any server.
 * - open loop: the same 300 students together sending `--rate` ballots per second on a fixed
 *   schedule (each student every 300 ms at 1,000/s), latency counted from when each ballot was
 *   due. This answers "does the server keep up with 1,000 ballots/s, and how fast does it answer
 *   while it does".
 * The generator runs on the same two cores as the server, so it is kept small (votes-load.ts),
 * and the server's own CPU time per request is printed: it does not depend on what else the
 * machine is doing.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { encode } from "next-auth/jwt";
import { createDb } from "@/server/db";
import { createTestDatabase } from "@/server/launcher/test-database";
import { seedVotingCourse } from "./seed-voting-course";
import { closedLoop, formatLoad, openLoop, prepareRequest, type LoadResult, type PreparedRequest } from "./votes-load";

const option = (name: string) => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};
const seconds = Number(option("seconds") ?? 8);
const students = 300;
const connections = Number(option("connections") ?? students);
const rate = Number(option("rate") ?? 1_000);
const profileDir = option("profile");
const port = 3900;
const secret = randomBytes(32).toString("base64url");
const origin = `http://127.0.0.1:${port}`;

const database = await createTestDatabase("stoa_bench");
const server = spawn(
  process.execPath,
  [...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []), "--import", "tsx", "server/web/main.ts"],
  {
    env: { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: secret, NEXTAUTH_URL: origin, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  },
);

try {
  const db = createDb(database.url);
  const course = await seedVotingCourse(db, students);
  await db.$disconnect();
  await waitForServer(`${origin}/api/health`);

  const health = prepareRequest({ origin, method: "GET", path: "/api/health" });
  // For each student, a ballot for each of the two teams they may choose.
  const ballots: PreparedRequest[][] = await Promise.all(
    course.voters.map(async (voter) => {
      const cookie = `next-auth.session-token=${await encode({ token: { sub: voter.id, name: voter.name, email: voter.email }, secret })}`;
      return voter.choices.map((teamId) =>
        prepareRequest({
          origin,
          method: "POST",
          path: "/api/trpc/vote.cast?batch=1",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ 0: { json: { courseId: course.courseId, roundId: course.roundId, teamId } } }),
        }),
      );
    }),
  );
  // Client c votes as students c, c + C, c + 2C, … in turn, alternating between the two teams
  // each may choose, so that every request changes a ballot.
  const castBallot = (client: number, iteration: number, clients: number) => {
    const turn = client + iteration * clients;
    const choices = ballots[turn % students]!;
    return choices[Math.floor(turn / students) % choices.length]!;
  };

  // Warm both paths (route compilation, JIT, connection pools) before measuring.
  await closedLoop({ origin, connections: 20, seconds: 2, request: () => health });
  await closedLoop({ origin, connections: 20, seconds: 2, request: (client, iteration) => castBallot(client, iteration, 20) });

  const measure = async (name: string, run: () => Promise<LoadResult>) => {
    const load = loadavg()[0]!.toFixed(2);
    const cpuBefore = serverCpuMs(server.pid!);
    const result = await run();
    const cpuPerRequest = (serverCpuMs(server.pid!) - cpuBefore) / (result.requests + result.errors);
    console.log(`${formatLoad(name, result)}  server CPU ${cpuPerRequest.toFixed(2)} ms/req  (load avg ${load})`);
    return result;
  };

  console.log(`${students} students, ${seconds} s per measurement, generator on the same 2 cores as the server`);
  console.log(`closed loop, ${connections} connections:`);
  const closedBaseline = await measure("  baseline /api/health", () => closedLoop({ origin, connections, seconds, request: () => health }));
  const closedBallots = await measure("  vote.cast", () =>
    closedLoop({ origin, connections, seconds, request: (client, iteration) => castBallot(client, iteration, connections) }),
  );
  console.log(`  ratio vote.cast / baseline: throughput ${ratio(closedBallots.perSecond, closedBaseline.perSecond)}, p99 ${ratio(closedBallots.p99, closedBaseline.p99)}`);

  console.log(`open loop, ${students} students sending ${rate} requests/s together:`);
  const openBaseline = await measure("  baseline /api/health", () => openLoop({ origin, connections: students, rate, seconds, request: () => health }));
  const openBallots = await measure("  vote.cast", () =>
    openLoop({ origin, connections: students, rate, seconds, request: (client, iteration) => castBallot(client, iteration, students) }),
  );
  console.log(`  ratio vote.cast / baseline: p50 ${ratio(openBallots.p50, openBaseline.p50)}, p99 ${ratio(openBallots.p99, openBaseline.p99)}`);

  const check = createDb(database.url);
  const stored = await check.ballot.count({ where: { roundId: course.roundId } });
  await check.$disconnect();
  console.log(`ballots stored: ${stored} (one per voter: ${stored === students ? "yes" : "NO"})`);
} finally {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
  // The server writes its CPU profile (--profile) as it exits.
  await new Promise((resolve) => setTimeout(resolve, profileDir ? 3_000 : 1_000));
  await database.dispose();
}

function ratio(a: number, b: number) {
  return `${(a / b).toFixed(2)}×`;
}

/** User + system CPU time of the server's process group so far (Linux), in milliseconds. */
function serverCpuMs(groupId: number): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the command name (which may contain spaces) start at the state, field 3.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) !== groupId) continue;
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // the process ended meanwhile
    }
  }
  return ticks * 10;
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
