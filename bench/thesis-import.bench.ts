/**
 * Thesis import speed: the structure extraction on a generated ~150-page thesis, in milliseconds
 * per 300 KB of text, beside a baseline that only normalises the text and splits it into lines.
 * Run: npx tsx bench/thesis-import.bench.ts [runs]. Exits 1 if the median exceeds the issue's
 * budget of 2 s per 300 KB.
 */
import { performance } from "node:perf_hooks";
import { generateThesis } from "@/server/domain/thesis/fixtures/generate-thesis";
import { scoreThesis } from "@/server/domain/thesis/fixtures/score-thesis";
import { joinPages, normalizeText, toSourceLines } from "@/server/domain/thesis/normalize-text";
import { parseThesis } from "@/server/domain/thesis/parse-thesis";

const budgetMilliseconds = 2000;
const runs = Number(process.argv[2] ?? 20);
const generated = generateThesis({ seed: 1991 });
const text = joinPages(generated.pages);
const kilobytes = Buffer.byteLength(text) / 1024;
const per300 = 300 / kilobytes;

function measure(work: () => unknown): { median: number; p95: number; firstRun: number } {
  const time = () => {
    const started = performance.now();
    work();
    return (performance.now() - started) * per300;
  };
  const firstRun = time();
  for (let run = 0; run < 5; run++) work(); // let the JIT settle before the timed runs
  const sorted = Array.from({ length: runs }, time).sort((left, right) => left - right);
  const at = (fraction: number) => sorted[Math.ceil(fraction * sorted.length) - 1]!;
  return { median: at(0.5), p95: at(0.95), firstRun };
}

const parsing = measure(() => parseThesis({ format: "text", text }));
const normalising = measure(() => toSourceLines(normalizeText(text)));
const row = (label: string, timing: ReturnType<typeof measure>) =>
  console.log(label.padEnd(28) + [timing.median, timing.p95, timing.firstRun].map((ms) => ms.toFixed(1).padStart(11)).join(""));

console.log(`generated thesis: ${generated.pages.length} pages, ${kilobytes.toFixed(0)} KB; ${runs} timed runs; times scaled to 300 KB`);
console.log("ms per 300 KB".padEnd(28) + ["median", "p95", "first run"].map((label) => label.padStart(11)).join(""));
row("parseThesis", parsing);
row("normalise + split (baseline)", normalising);
console.log(`ratio of medians: ${(parsing.median / normalising.median).toFixed(1)}×; budget ${budgetMilliseconds} ms`);

const score = scoreThesis(parseThesis({ format: "pdf", pages: generated.pages }), generated.truth);
console.log(
  `quality: chapters ${score.chaptersFound}/${score.chaptersExpected}, headings ${score.headingsFound}/${score.headingsExpected} (${score.falseHeadings.length} false), ` +
    `markers in order: ${score.hasMarkersInOrder} (${score.markersFound}/${score.markersExpected}), footnotes ${score.footnotesMatching}/${score.footnotesExpected}, ` +
    `gaps reported ${JSON.stringify(score.gapsReported)} of ${JSON.stringify(score.gapsExpected)}, paragraphs exact ${score.paragraphsExact}/${score.paragraphsExpected}`,
);
if (parsing.median > budgetMilliseconds) {
  console.error(`parseThesis took ${parsing.median.toFixed(0)} ms per 300 KB, over the ${budgetMilliseconds} ms budget`);
  process.exitCode = 1;
}
