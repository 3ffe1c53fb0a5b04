/**
 * The collaboration server under load, beside a bare y-websocket relay running the same load in
 * the same run: propagation latency (p50/p95/p99), edits lost, documents diverged, server CPU
 * seconds and peak RSS. Each server is its own child process, fresh for each scenario.
 *
 * Both servers have their clients connected throughout, and editing alternates between them in
 * one-second slices (relay, Stoa, Stoa, relay, …): on a shared machine, load from elsewhere then
 * falls on both alike. The load generator's own event-loop delay is printed too: when it is high,
 * the machine was busy and every latency of that scenario is inflated by it.
 *
 * Run: npm run bench:collab [-- --duration 20] (seconds of editing per server per scenario).
 * Exits 1 when a target is missed: p99 within 1.3 × the relay's, nothing lost, nothing
 * diverged, and (for Stoa) every edit in the stored log.
 */
import { monitorEventLoopDelay } from "node:perf_hooks";
import { createDb } from "@/server/db";
import { createTestDatabase } from "@/server/launcher/test-database";
import { loadDocument } from "@/server/services/collab/document-store";
import { LoadSession, type LoadResult } from "./collab-load";
import { cpuSeconds, peakRssMegabytes, startServer, type ServerProcess } from "./collab-processes";
import { seedDocuments, type SeededDocument } from "./collab-seed";

const secret = "collab-benchmark-secret-of-at-least-32-chars";
const durationIndex = process.argv.indexOf("--duration");
const durationSeconds = durationIndex > 0 ? Number(process.argv[durationIndex + 1]) : 20;
const SLICE_MS = 1_000;
const P99_RATIO_TARGET = 1.3;

const scenarios = [
  { name: "40 documents × 5 clients × 2 edits/s", documents: 40, clients: 5, editsPerSecond: 2 },
  { name: "1 document × 50 clients × 1 edit/s", documents: 1, clients: 50, editsPerSecond: 1 },
];

type Measured = LoadResult & { connectingCpuSeconds: number; editingCpuSeconds: number; peakRssMegabytes: number };

// Every y-websocket client registers a process exit handler; hundreds of them are expected here.
process.setMaxListeners(0);

const database = await createTestDatabase("stoa_bench");
const db = createDb(database.url);
let hasMissed = false;
try {
  console.log(`collab benchmark: ${durationSeconds} s of editing per server per scenario, alternating in ${SLICE_MS / 1000} s slices\n`);
  for (const scenario of scenarios) {
    const documents = await seedDocuments(db, scenario.documents, scenario.clients);
    const environment = { DATABASE_URL: database.url, NEXTAUTH_SECRET: secret, NODE_ENV: "production" };
    const relay = await startServer("bench/collab-relay.ts", [], environment);
    const stoa = await startServer("server/collab/main.ts", [], environment);
    try {
      const { relayResult, stoaResult, clientLoopDelayP99 } = await compare(relay, stoa, documents, scenario.editsPerSecond);
      const notStored = await countNotStored(documents, stoaResult.tokens);
      hasMissed = report(scenario.name, relayResult, stoaResult, notStored, clientLoopDelayP99) || hasMissed;
    } finally {
      await Promise.all([relay.stop(), stoa.stop()]);
    }
  }
} finally {
  await db.$disconnect();
  await database.dispose();
}
process.exit(hasMissed ? 1 : 0);

async function compare(relay: ServerProcess, stoa: ServerProcess, documents: SeededDocument[], editsPerSecond: number) {
  const connect = async (server: ServerProcess) => {
    const before = cpuSeconds(server.child.pid!);
    const session = await LoadSession.connect(server.url, documents, secret);
    return { session, connectingCpuSeconds: cpuSeconds(server.child.pid!) - before };
  };
  const relaySide = await connect(relay);
  const stoaSide = await connect(stoa);

  const cpuBefore = [cpuSeconds(relay.child.pid!), cpuSeconds(stoa.child.pid!)];
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const slices = Math.max(1, Math.round((durationSeconds * 1_000) / SLICE_MS));
  for (let slice = 0; slice < slices; slice++) {
    const order = slice % 2 === 0 ? [relaySide, stoaSide] : [stoaSide, relaySide];
    for (const side of order) await side.session.edit(SLICE_MS, editsPerSecond);
  }
  loopDelay.disable();
  const [relayEditingCpu, stoaEditingCpu] = [cpuSeconds(relay.child.pid!) - cpuBefore[0]!, cpuSeconds(stoa.child.pid!) - cpuBefore[1]!];

  const measured = async (side: typeof relaySide, server: ServerProcess, editingCpuSeconds: number): Promise<Measured> => ({
    ...(await side.session.finish()),
    connectingCpuSeconds: side.connectingCpuSeconds,
    editingCpuSeconds,
    peakRssMegabytes: peakRssMegabytes(server.child.pid!),
  });
  return {
    relayResult: await measured(relaySide, relay, relayEditingCpu),
    stoaResult: await measured(stoaSide, stoa, stoaEditingCpu),
    clientLoopDelayP99: loopDelay.percentile(99) / 1e6,
  };
}

/** Edits missing from the stored log (after the last batch's flush, 50 ms at most). */
async function countNotStored(documents: SeededDocument[], tokens: Map<string, string[]>): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 500));
  let notStored = 0;
  for (const document of documents) {
    const text = (await loadDocument(db, document.name)).getText("body").toString();
    notStored += tokens.get(document.name)!.filter((token) => !text.includes(token)).length;
  }
  return notStored;
}

function report(name: string, relay: Measured, stoa: Measured, notStored: number, clientLoopDelayP99: number): boolean {
  const row = (label: string, result: Measured) => {
    const [p50, p95, p99] = [0.5, 0.95, 0.99].map((quantile) => percentile(result.latencies, quantile).toFixed(1).padStart(6));
    return (
      `  ${label.padEnd(5)} p50 ${p50} ms  p95 ${p95} ms  p99 ${p99} ms  edits ${result.sent}  deliveries ${result.latencies.length}  ` +
      `lost ${result.lost}  diverged ${result.diverged}  disconnects ${result.disconnects}  ` +
      `CPU ${result.editingCpuSeconds.toFixed(2)} s editing + ${result.connectingCpuSeconds.toFixed(2)} s connecting  peak RSS ${result.peakRssMegabytes.toFixed(0)} MB`
    );
  };
  const ratio = percentile(stoa.latencies, 0.99) / percentile(relay.latencies, 0.99);
  const missed = [
    ratio > P99_RATIO_TARGET && `p99 ratio ${ratio.toFixed(2)} > ${P99_RATIO_TARGET}`,
    stoa.lost > 0 && `${stoa.lost} edits lost`,
    stoa.diverged > 0 && `${stoa.diverged} documents diverged`,
    notStored > 0 && `${notStored} edits not in the stored log`,
  ].filter(Boolean);
  console.log(`${name}  (load generator's event-loop delay p99: ${clientLoopDelayP99.toFixed(0)} ms)`);
  console.log(`${row("relay", relay)}\n${row("stoa", stoa)}  not stored ${notStored}`);
  console.log(`  p99 stoa / relay: ${ratio.toFixed(2)} (target ≤ ${P99_RATIO_TARGET})  ${missed.length ? `MISSED: ${missed.join(", ")}` : "ok"}\n`);
  return missed.length > 0;
}

function percentile(values: number[], quantile: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))]!;
}
