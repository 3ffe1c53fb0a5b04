import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/app-error";
import { assignTeams, describeLayout, historyFromEarlierTeams, type AssignmentInput, type TeamAssignment } from "./assignment";
import { mulberry32, seededShuffle } from "./seeded-random";

const theoryPool = ["realism", "liberalism", "constructivism", "marxism"];
const studentId = (index: number) => `s${String(index).padStart(3, "0")}`;

function errorOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected an AppError");
}

/** A small course in index form; `toInput` turns it into what a service would pass. */
type Course = {
  positionCount: number;
  teamsPerPosition: number;
  studentCount: number;
  timesArgued: number[][];
  pairs: { first: number; second: number; times: number }[];
  pins: { student: number; position: number }[];
  excluded: number[];
  seed: number;
};

const courseArbitrary = (options: { maxExtraStudents?: number } = {}) =>
  fc
    .record({
      positionCount: fc.integer({ min: 2, max: 4 }),
      teamsPerPosition: fc.integer({ min: 1, max: 3 }),
      extra: fc.integer({ min: 0, max: options.maxExtraStudents ?? 20 }),
    })
    .chain(({ positionCount, teamsPerPosition, extra }) => {
      const studentCount = positionCount * teamsPerPosition + extra;
      const student = fc.nat(studentCount - 1);
      return fc.record({
        positionCount: fc.constant(positionCount),
        teamsPerPosition: fc.constant(teamsPerPosition),
        studentCount: fc.constant(studentCount),
        timesArgued: fc.array(fc.array(fc.nat(4), { minLength: positionCount, maxLength: positionCount }), { minLength: studentCount, maxLength: studentCount }),
        pairs: fc.array(fc.record({ first: student, second: student, times: fc.integer({ min: 1, max: 3 }) }), { maxLength: studentCount * 3 }),
        pins: fc.uniqueArray(fc.record({ student, position: fc.nat(positionCount - 1) }), { selector: (pin) => pin.student, maxLength: studentCount }),
        excluded: fc.uniqueArray(student, { maxLength: Math.max(0, extra + 1) }),
        seed: fc.integer(),
      });
    })
    .map((course): Course => ({ ...course, pins: course.pins.filter((pin) => !course.excluded.includes(pin.student)) }));

function toInput(course: Course): AssignmentInput {
  const positions = theoryPool.slice(0, course.positionCount);
  return {
    studentIds: Array.from({ length: course.studentCount }, (_, index) => studentId(index)),
    positions,
    teamsPerPosition: course.teamsPerPosition,
    history: {
      timesArgued: Object.fromEntries(
        course.timesArgued.map((counts, student) => [studentId(student), Object.fromEntries(counts.map((count, position) => [positions[position]!, count]))]),
      ),
      teammatePairs: course.pairs.map((pair) => ({ studentIds: [studentId(pair.first), studentId(pair.second)] as const, timesTogether: pair.times })),
    },
    pins: course.pins.map((pin) => ({ studentId: studentId(pin.student), position: positions[pin.position]! })),
    excludedStudentIds: course.excluded.map(studentId),
    seed: course.seed,
  };
}

/**
 * Whether balanced teams can honour the pins, found by trying every way to hand the larger
 * teams to the positions (independent of how the implementation decides it).
 */
function balancedTeamsExist(course: Course): boolean {
  const eligible = course.studentCount - course.excluded.length;
  const teams = course.positionCount * course.teamsPerPosition;
  if (eligible < teams) return false;
  const small = Math.floor(eligible / teams);
  const pinned = Array.from({ length: course.positionCount }, (_, position) => course.pins.filter((pin) => pin.position === position).length);
  const tryFrom = (position: number, largeLeft: number): boolean => {
    if (position === course.positionCount) return largeLeft === 0;
    for (let large = 0; large <= Math.min(course.teamsPerPosition, largeLeft); large++) {
      if (pinned[position]! <= course.teamsPerPosition * small + large && tryFrom(position + 1, largeLeft - large)) return true;
    }
    return false;
  };
  return tryFrom(0, eligible % teams);
}

const timesArgued = (input: AssignmentInput, student: string, position: string) => input.history?.timesArgued[student]?.[position] ?? 0;
const totalTimesArgued = (input: AssignmentInput, teams: TeamAssignment["teams"]) =>
  teams.reduce((sum, team) => sum + team.studentIds.reduce((teamSum, student) => teamSum + timesArgued(input, student, team.position), 0), 0);

function pairWeights(input: AssignmentInput): Map<string, number> {
  const weights = new Map<string, number>();
  for (const pair of input.history?.teammatePairs ?? []) {
    const [first, second] = pair.studentIds;
    if (first === second) continue;
    const key = [first, second].sort().join(" ");
    weights.set(key, (weights.get(key) ?? 0) + pair.timesTogether);
  }
  return weights;
}

/** A balanced assignment chosen at random (pins honoured), to compare the real one against. */
function randomBalancedTeams(input: AssignmentInput, reference: TeamAssignment, seed: number): TeamAssignment["teams"] {
  const random = mulberry32(seed);
  const pinned = new Map((input.pins ?? []).map((pin) => [pin.studentId, pin.position]));
  const free = reference.students.map((placement) => placement.studentId).filter((student) => !pinned.has(student));
  for (;;) {
    // Hand the team sizes out at random; retry when a position ends up too small for its pins.
    const sizes = seededShuffle(
      reference.teams.map((team) => team.studentIds.length),
      random,
    );
    const teams = reference.teams.map((team, index) => ({ position: team.position, teamIndex: team.teamIndex, studentIds: [] as string[], size: sizes[index]! }));
    const fits = seededShuffle([...pinned], random).every(([student, position]) => {
      const open = teams.filter((team) => team.position === position && team.studentIds.length < team.size);
      open[Math.floor(random() * open.length)]?.studentIds.push(student);
      return open.length > 0;
    });
    if (!fits) continue;
    const shuffled = seededShuffle(free, random);
    for (const team of teams) while (team.studentIds.length < team.size) team.studentIds.push(shuffled.pop()!);
    return teams;
  }
}

describe("assignTeams: balance, pins and exclusions", () => {
  it("places every included student exactly once, in teams within one of each other, honouring pins, or refuses", () => {
    fc.assert(
      fc.property(courseArbitrary(), (course) => {
        const input = toInput(course);
        if (!balancedTeamsExist(course)) {
          expect(errorOf(() => assignTeams(input)).code).toBe("BAD_REQUEST");
          return;
        }
        const result = assignTeams(input);
        expect(result.teams).toHaveLength(course.positionCount * course.teamsPerPosition);
        const sizes = result.teams.map((team) => team.studentIds.length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(1);

        const placed = result.teams.flatMap((team) => team.studentIds);
        const included = input.studentIds.filter((student) => !input.excludedStudentIds?.includes(student));
        expect([...placed].sort()).toEqual([...included].sort());
        expect(result.excludedStudentIds.sort()).toEqual([...(input.excludedStudentIds ?? [])].sort());

        const positionOf = new Map(result.teams.flatMap((team) => team.studentIds.map((student) => [student, team.position] as const)));
        for (const pin of input.pins ?? []) expect(positionOf.get(pin.studentId)).toBe(pin.position);
        for (const placement of result.students) {
          expect(placement.position).toBe(positionOf.get(placement.studentId));
          expect(placement.isPinned).toBe(input.pins?.some((pin) => pin.studentId === placement.studentId));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("explains an impossible set of pins", () => {
    const error = errorOf(() =>
      assignTeams({
        studentIds: ["a", "b", "c", "d", "e", "f", "g"],
        positions: ["realism", "liberalism", "constructivism"],
        teamsPerPosition: 1,
        pins: [
          { studentId: "a", position: "realism" },
          { studentId: "b", position: "realism" },
          { studentId: "c", position: "realism" },
          { studentId: "d", position: "liberalism" },
          { studentId: "e", position: "liberalism" },
          { studentId: "f", position: "liberalism" },
        ],
        seed: 1,
      }),
    );
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.field).toBe("pins");
    expect(error.message).toBe(
      "Pins make balanced teams impossible: liberalism, realism need 2 teams of 3, but only 1 team(s) can have 3 students; the others have 2",
    );
  });

  it.each([
    ["a position twice", { positions: ["realism", "realism"] }, "positions", "Position realism is listed twice"],
    ["one position", { positions: ["realism"] }, "positions", "A debate needs at least two positions"],
    ["a student twice", { studentIds: ["a", "a", "b", "c"] }, "studentIds", "Student a is listed twice"],
    ["too many teams", { teamsPerPosition: 3 }, "teamsPerPosition", "4 students cannot fill 6 teams (2 positions × 3); use fewer teams"],
    ["a stranger excluded", { excludedStudentIds: ["z"] }, "excludedStudentIds", "Excluded student z is not among the students"],
    ["a pinned stranger", { pins: [{ studentId: "z", position: "realism" }] }, "pins", "Pinned student z is not among the students"],
    ["a pin to a theory not in play", { pins: [{ studentId: "a", position: "marxism" }] }, "pins", "Student a is pinned to marxism, which is not a position in this debate"],
    [
      "a student pinned and excluded",
      { pins: [{ studentId: "a", position: "realism" }], excludedStudentIds: ["a"] },
      "pins",
      "Student a is both pinned and excluded",
    ],
    ["a negative count", { history: { timesArgued: { a: { realism: -1 } }, teammatePairs: [] } }, "history", "Times a argued realism must be a whole number of at least 0 (got -1)"],
  ] satisfies [string, Partial<AssignmentInput>, string, string][])("refuses %s", (_, change, field, message) => {
    const error = errorOf(() => assignTeams({ studentIds: ["a", "b", "c", "d"], positions: ["realism", "liberalism"], teamsPerPosition: 1, seed: 1, ...change }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", field, message });
  });

  it("derives the number of teams from a team size hint", () => {
    const studentIds = Array.from({ length: 31 }, (_, index) => studentId(index));
    const result = assignTeams({ studentIds, positions: ["realism", "liberalism", "constructivism"], teamsPerPosition: 1, teamSizeHint: 5, seed: 3 });
    expect(result.teamsPerPosition).toBe(2);
    expect(result.teams.map((team) => team.studentIds.length).sort()).toEqual([5, 5, 5, 5, 5, 6]);
  });
});

describe("assignTeams: rotation", () => {
  it("argues no more, in total, than a random balanced assignment", () => {
    fc.assert(
      fc.property(
        courseArbitrary().filter(balancedTeamsExist),
        fc.integer(),
        (course, randomSeed) => {
          const input = toInput(course);
          const result = assignTeams(input);
          expect(result.summary.timesArguedTotal).toBe(totalTimesArgued(input, result.teams));
          expect(result.summary.timesArguedTotal).toBeLessThanOrEqual(totalTimesArgued(input, randomBalancedTeams(input, result, randomSeed)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("finds the least total for small classes, checked against every possible split over positions", () => {
    fc.assert(
      fc.property(courseArbitrary({ maxExtraStudents: 4 }).filter((course) => course.teamsPerPosition === 1 && course.positionCount <= 3 && balancedTeamsExist(course)), (course) => {
        const input = toInput(course);
        const included = input.studentIds.filter((student) => !input.excludedStudentIds?.includes(student));
        const pinned = new Map((input.pins ?? []).map((pin) => [pin.studentId, pin.position]));
        let best = Infinity;
        const choose = (index: number, counts: number[], total: number) => {
          if (index === included.length) {
            if (Math.max(...counts) - Math.min(...counts) <= 1) best = Math.min(best, total);
            return;
          }
          const student = included[index]!;
          input.positions.forEach((position, positionIndex) => {
            if (pinned.has(student) && pinned.get(student) !== position) return;
            counts[positionIndex]! += 1;
            choose(index + 1, counts, total + timesArgued(input, student, position));
            counts[positionIndex]! -= 1;
          });
        };
        choose(0, input.positions.map(() => 0), 0);
        expect(assignTeams(input).summary.timesArguedTotal).toBe(best);
      }),
      { numRuns: 150 },
    );
  });

  it("gives every student their unique least-argued theory when the seats allow it", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (positionCount, teamsPerPosition, teamSize, seed) => {
          const positions = theoryPool.slice(0, positionCount);
          const random = mulberry32(seed);
          const perPosition = teamsPerPosition * teamSize;
          const favourite = seededShuffle(
            Array.from({ length: positionCount * perPosition }, (_, index) => Math.floor(index / perPosition)),
            random,
          );
          const studentIds = favourite.map((_, index) => studentId(index));
          const counts = favourite.map((least) => {
            const base = Math.floor(random() * 3);
            return Object.fromEntries(positions.map((position, index) => [position, index === least ? base : base + 1 + Math.floor(random() * 3)]));
          });
          const result = assignTeams({
            studentIds,
            positions,
            teamsPerPosition,
            history: { timesArgued: Object.fromEntries(studentIds.map((student, index) => [student, counts[index]!])), teammatePairs: [] },
            seed,
          });
          for (const placement of result.students) {
            expect(placement.position).toBe(positions[favourite[studentIds.indexOf(placement.studentId)]!]);
            expect(placement.isOnLeastArguedPosition).toBe(true);
          }
        },
      ),
    );
  });
});

describe("assignTeams: teammate variety", () => {
  it("finds teams with no earlier teammates when the earlier teams can be spread one per new team", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 3 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 2, max: 6 }),
        fc.nat(3),
        fc.integer(),
        (positionCount, teamsPerPosition, teamSize, everyTheoryTimes, seed) => {
          const positions = theoryPool.slice(0, positionCount);
          const teamCount = positionCount * teamsPerPosition;
          const studentIds = seededShuffle(
            Array.from({ length: teamCount * teamSize }, (_, index) => studentId(index)),
            mulberry32(seed),
          );
          // `teamSize` earlier teams of `teamCount` students: one of each per new team avoids every repeat.
          const earlierTeams = Array.from({ length: teamSize }, (_, group) => ({ position: "english-school", studentIds: studentIds.slice(group * teamCount, (group + 1) * teamCount) }));
          const history = historyFromEarlierTeams(earlierTeams);
          const timesArgued = Object.fromEntries(studentIds.map((student) => [student, Object.fromEntries(positions.map((position) => [position, everyTheoryTimes]))]));
          const result = assignTeams({ studentIds, positions, teamsPerPosition, history: { ...history, timesArgued }, seed });
          expect(result.summary.repeatedPairs).toBe(0);
          expect(result.students.every((placement) => placement.repeatedTeammates.length === 0)).toBe(true);
        },
      ),
    );
  });

  it("meets earlier teammates no more often than a random split of each position would on average", () => {
    // When every team of a position has the same size, a split that no single swap improves
    // has at most the average cost of a random split; so the bound holds for every input.
    const equalTeams = fc
      .record({ positionCount: fc.integer({ min: 2, max: 3 }), teamsPerPosition: fc.integer({ min: 1, max: 4 }), teamSize: fc.integer({ min: 1, max: 5 }) })
      .chain(({ positionCount, teamsPerPosition, teamSize }) => {
        const studentCount = positionCount * teamsPerPosition * teamSize;
        const student = fc.nat(studentCount - 1);
        return fc.record({
          positionCount: fc.constant(positionCount),
          teamsPerPosition: fc.constant(teamsPerPosition),
          studentCount: fc.constant(studentCount),
          timesArgued: fc.array(fc.array(fc.nat(2), { minLength: positionCount, maxLength: positionCount }), { minLength: studentCount, maxLength: studentCount }),
          pairs: fc.array(fc.record({ first: student, second: student, times: fc.integer({ min: 1, max: 3 }) }), { maxLength: studentCount * 4 }),
          pins: fc.uniqueArray(fc.record({ student, position: fc.nat(positionCount - 1) }), { selector: (pin) => pin.student, maxLength: Math.floor(studentCount / 2) }),
          excluded: fc.constant<number[]>([]),
          seed: fc.integer(),
        });
      })
      .filter(balancedTeamsExist);
    fc.assert(
      fc.property(equalTeams, (course) => {
        const input = toInput(course);
        const weights = pairWeights(input);
        const weight = (first: string, second: string) => weights.get([first, second].sort().join(" ")) ?? 0;
        const pairsWithin = (students: readonly string[]) =>
          students.reduce((sum, first, index) => sum + students.slice(index + 1).reduce((inner, second) => inner + weight(first, second), 0), 0);
        const result = assignTeams(input);
        for (const position of input.positions) {
          const teams = result.teams.filter((team) => team.position === position).map((team) => team.studentIds);
          const group = teams.flat();
          const teamSize = group.length / teams.length;
          // A random split puts any two of the group in the same team with chance (size − 1) / (group − 1).
          const randomAverage = group.length > 1 ? (pairsWithin(group) * (teamSize - 1)) / (group.length - 1) : 0;
          expect(teams.reduce((sum, team) => sum + pairsWithin(team), 0)).toBeLessThanOrEqual(randomAverage + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("reports each repeated pair once, with the times they were together", () => {
    const history = historyFromEarlierTeams([
      { position: "marxism", studentIds: ["a", "b", "c", "d"] },
      { position: "marxism", studentIds: ["a", "b"] },
    ]);
    // Two teams of two from four students who all worked together: one repeat per team is unavoidable.
    const result = assignTeams({ studentIds: ["a", "b", "c", "d"], positions: ["realism", "liberalism"], teamsPerPosition: 1, history, seed: 5 });
    expect(result.summary.repeatedPairs).toBe(2);
    // a and b were together twice; the search keeps them apart.
    expect(result.summary.repeatedPairTimes).toBe(2);
    const a = result.students.find((placement) => placement.studentId === "a")!;
    expect(a.repeatedTeammates).toEqual([{ studentId: expect.stringMatching(/^[cd]$/), timesTogether: 1 }]);
  });
});

describe("assignTeams: determinism and explanations", () => {
  it("gives the same assignment for the same input and seed, whatever order the ids come in", () => {
    fc.assert(
      fc.property(courseArbitrary().filter(balancedTeamsExist), fc.integer(), (course, shuffleSeed) => {
        const input = toInput(course);
        const first = assignTeams(input);
        expect(assignTeams(input)).toEqual(first);

        const random = mulberry32(shuffleSeed);
        const reordered = assignTeams({
          ...input,
          studentIds: seededShuffle(input.studentIds, random),
          positions: seededShuffle(input.positions, random),
          history: { timesArgued: input.history!.timesArgued, teammatePairs: seededShuffle(input.history!.teammatePairs, random) },
          pins: seededShuffle(input.pins ?? [], random),
        });
        const byTeam = (result: TeamAssignment) => Object.fromEntries(result.teams.map((team) => [`${team.position}/${team.teamIndex}`, team.studentIds]));
        expect(byTeam(reordered)).toEqual(byTeam(first));
      }),
      { numRuns: 200 },
    );
  });

  it("varies with the seed", () => {
    const studentIds = Array.from({ length: 24 }, (_, index) => studentId(index));
    const assign = (seed: number) => assignTeams({ studentIds, positions: ["realism", "liberalism"], teamsPerPosition: 2, seed }).teams;
    expect(assign(1)).not.toEqual(assign(2));
  });

  it("explains each placement with the student's history", () => {
    const result = assignTeams({
      studentIds: ["ada", "ben", "cy", "dee"],
      positions: ["realism", "liberalism"],
      teamsPerPosition: 1,
      history: {
        timesArgued: { ada: { realism: 2, liberalism: 0 }, ben: { realism: 2 }, cy: { realism: 1, liberalism: 1 } },
        teammatePairs: [{ studentIds: ["ada", "ben"], timesTogether: 1 }],
      },
      pins: [{ studentId: "dee", position: "realism" }],
      excludedStudentIds: [],
      seed: 42,
    });
    expect(result.teams).toEqual([
      { position: "realism", teamIndex: 0, studentIds: ["cy", "dee"] },
      { position: "liberalism", teamIndex: 0, studentIds: ["ada", "ben"] },
    ]);
    expect(result.students.find((placement) => placement.studentId === "ben")).toEqual({
      studentId: "ben",
      position: "liberalism",
      teamIndex: 0,
      isPinned: false,
      timesArgued: { realism: 2, liberalism: 0 },
      timesArguedHere: 0,
      leastArguedPositions: ["liberalism"],
      isOnLeastArguedPosition: true,
      repeatedTeammates: [{ studentId: "ada", timesTogether: 1 }],
    });
    expect(result.students.find((placement) => placement.studentId === "dee")).toMatchObject({ isPinned: true, leastArguedPositions: ["realism", "liberalism"] });
    expect(result.summary).toEqual({
      smallestTeam: 2,
      largestTeam: 2,
      isBalanced: true,
      timesArguedTotal: 1,
      studentsOnLeastArguedPosition: 4,
      repeatedPairs: 1,
      repeatedPairTimes: 1,
    });
  });

  it("describes its own proposal as one that no single swap or move can improve", () => {
    // What describeLayout reports (times argued, then repeated pairs) is what the generator
    // optimised: a better neighbour would mean the notes and the generator disagree.
    fc.assert(
      fc.property(courseArbitrary({ maxExtraStudents: 12 }).filter(balancedTeamsExist), (course) => {
        const input = toInput(course);
        const result = assignTeams(input);
        const history = input.history!;
        const pinned = new Set((input.pins ?? []).map((pin) => pin.studentId));
        const totalsOf = (teams: readonly { position: string; studentIds: readonly string[] }[]) =>
          describeLayout(history, { positions: input.positions, teams }).totals;
        const proposed = totalsOf(result.teams);
        expect(proposed).toEqual(result.summary);
        const isBetter = (teams: { position: string; studentIds: string[] }[]) => {
          const totals = totalsOf(teams);
          return (
            totals.timesArguedTotal < proposed.timesArguedTotal ||
            (totals.timesArguedTotal === proposed.timesArguedTotal && totals.repeatedPairTimes < proposed.repeatedPairTimes)
          );
        };
        result.teams.forEach((home, homeIndex) => {
          result.teams.forEach((target, targetIndex) => {
            if (targetIndex === homeIndex) return;
            const crosses = home.position !== target.position;
            for (const student of home.studentIds) {
              if (crosses && pinned.has(student)) continue;
              const without = home.studentIds.filter((id) => id !== student);
              if (home.studentIds.length > target.studentIds.length) {
                const moved = result.teams.map((team, index) =>
                  index === homeIndex ? { ...team, studentIds: without } : index === targetIndex ? { ...team, studentIds: [...team.studentIds, student] } : team,
                );
                expect(isBetter(moved), `moving ${student}`).toBe(false);
              }
              for (const partner of target.studentIds) {
                if (crosses && pinned.has(partner)) continue;
                const swapped = result.teams.map((team, index) =>
                  index === homeIndex
                    ? { ...team, studentIds: [...without, partner] }
                    : index === targetIndex
                      ? { ...team, studentIds: target.studentIds.map((id) => (id === partner ? student : id)) }
                      : team,
                );
                expect(isBetter(swapped), `swapping ${student} and ${partner}`).toBe(false);
              }
            }
          });
        });
      }),
      { numRuns: 150 },
    );
  });

  it("reads a theory keyed like an object property as just another theory", () => {
    const result = assignTeams({
      studentIds: ["a", "b"],
      positions: ["constructor", "toString"],
      teamsPerPosition: 1,
      history: { timesArgued: { a: { toString: 1 } }, teammatePairs: [] },
      seed: 1,
    });
    expect(result.students.find((placement) => placement.studentId === "a")).toMatchObject({ position: "constructor", timesArgued: { constructor: 0, toString: 1 } });
  });
});
