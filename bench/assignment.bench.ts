/**
 * Position assignment for a large course: 300 students, 12 earlier debates of history.
 * Run: npx tsx bench/assignment.bench.ts [runs]. Exits 1 if the median exceeds the budget.
 */
import { performance } from "node:perf_hooks";
import { assignTeams, historyFromEarlierTeams, type AssignmentInput, type EarlierTeam } from "@/server/domain/debate/assignment";
import { mulberry32, seededShuffle } from "@/server/domain/debate/seeded-random";

const budgetMilliseconds = 200;
const runs = Number(process.argv[2] ?? 30);
const theories = ["realism", "liberalism", "constructivism", "english-school", "marxism"];
const random = mulberry32(2024);
const studentIds = Array.from({ length: 300 }, (_, index) => `student-${String(index).padStart(3, "0")}`);

/** Everyone dealt round-robin, after a seeded shuffle, into `teamsPerPosition` teams per position. */
function dealt(students: readonly string[], positions: readonly string[], teamsPerPosition: number, shuffle: () => number): EarlierTeam[] {
  const teams = positions.flatMap((position) => Array.from({ length: teamsPerPosition }, () => ({ position, studentIds: [] as string[] })));
  seededShuffle(students, shuffle).forEach((studentId, index) => teams[index % teams.length]!.studentIds.push(studentId));
  return teams;
}

// Twelve earlier debates, each with three or four of the theories and two to five teams per position.
const earlierTeams = Array.from({ length: 12 }, () => {
  const inPlay = seededShuffle(theories, random).slice(0, 3 + Math.floor(random() * 2));
  return dealt(studentIds, inPlay, 2 + Math.floor(random() * 4), random);
}).flat();

const input: AssignmentInput = {
  studentIds,
  positions: ["realism", "liberalism", "constructivism"],
  teamsPerPosition: 20, // teams of about five
  history: historyFromEarlierTeams(earlierTeams),
  pins: [{ studentId: "student-007", position: "realism" }],
  excludedStudentIds: ["student-013", "student-042"],
  seed: 7,
};
const eligible = studentIds.filter((studentId) => !input.excludedStudentIds?.includes(studentId));
/** The least an assignment can do, measured beside it so that the ratio travels between machines. */
const baseline = (seed: number) => dealt(eligible, input.positions, input.teamsPerPosition, mulberry32(seed));

/** What the assignment lowers: pairs meeting again, and times each student argued their position before. */
function quality(teams: readonly EarlierTeam[]): string {
  const { timesArgued, teammatePairs } = input.history!;
  const earlier = new Set(teammatePairs.map((pair) => [...pair.studentIds].sort().join(" ")));
  let pairs = 0;
  let argued = 0;
  for (const { position, studentIds: members } of teams) {
    members.forEach((first, index) => {
      argued += timesArgued[first]?.[position] ?? 0;
      pairs += members.slice(index + 1).filter((second) => earlier.has([first, second].sort().join(" "))).length;
    });
  }
  return `${pairs} repeated pairs, ${argued} times argued before`;
}

function measure(work: (run: number) => unknown): { median: number; p95: number; firstRun: number } {
  const time = (run: number) => {
    const started = performance.now();
    work(run);
    return performance.now() - started;
  };
  const firstRun = time(-1);
  for (let run = 0; run < 10; run++) work(run); // let the JIT settle before the timed runs
  const sorted = Array.from({ length: runs }, (_, run) => time(run)).sort((left, right) => left - right);
  const at = (fraction: number) => sorted[Math.ceil(fraction * sorted.length) - 1]!;
  return { median: at(0.5), p95: at(0.95), firstRun };
}

const assignment = measure((run) => assignTeams({ ...input, seed: run }));
const plain = measure(baseline);
const row = (label: string, timing: ReturnType<typeof measure>) =>
  console.log(label.padEnd(24) + [timing.median, timing.p95, timing.firstRun].map((ms) => ms.toFixed(3).padStart(11)).join(""));

console.log(`${studentIds.length} students, ${earlierTeams.length} earlier teams in 12 debates; ${runs} timed runs`);
console.log("milliseconds".padEnd(24) + ["median", "p95", "first run"].map((label) => label.padStart(11)).join(""));
row("assignTeams", assignment);
row("shuffle + round-robin", plain);
console.log(`ratio of medians: ${(assignment.median / plain.median).toFixed(0)}×`);
const result = assignTeams(input);
console.log(`assignTeams: ${quality(result.teams)}; ${result.summary.studentsOnLeastArguedPosition}/${eligible.length} on their least-argued theory`);
console.log(`baseline:    ${quality(baseline(input.seed))}`);

if (assignment.median > budgetMilliseconds) {
  console.error(`FAIL: median ${assignment.median.toFixed(1)} ms is above the ${budgetMilliseconds} ms budget`);
  process.exit(1);
}
