import { performance } from "node:perf_hooks";

export type LoadResult = { requests: number; errors: number; seconds: number; perSecond: number; p50: number; p95: number; p99: number };

/**
 * `workers` concurrent loops, each sending `request(worker, iteration)` back to back for
 * `seconds`, like that many users clicking as fast as the server answers. Bounded in time.
 */
export async function runLoad(options: {
  workers: number;
  seconds: number;
  request: (worker: number, iteration: number) => Promise<Response>;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.seconds * 1_000;
  await Promise.all(
    Array.from({ length: options.workers }, async (_, worker) => {
      for (let iteration = 0; performance.now() < deadline; iteration++) {
        const sent = performance.now();
        try {
          const response = await options.request(worker, iteration);
          await response.arrayBuffer();
          if (response.ok) latencies.push(performance.now() - sent);
          else errors++;
        } catch {
          errors++;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1_000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { requests: latencies.length, errors, seconds, perSecond: latencies.length / seconds, p50: percentile(50), p95: percentile(95), p99: percentile(99) };
}

export function formatLoad(name: string, result: LoadResult): string {
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  return `${name.padEnd(22)} ${result.perSecond.toFixed(0).padStart(6)} req/s  p50 ${ms(result.p50)}  p95 ${ms(result.p95)}  p99 ${ms(result.p99)}  (${result.requests} ok, ${result.errors} failed)`;
}
