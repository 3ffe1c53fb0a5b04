import { describe, expect, it } from "vitest";
import { historyFromEarlierTeams } from "./assignment-history";
import { describeLayout, type Layout } from "./assignment-notes";

const positions = ["realism", "liberalism", "constructivism"];

// ada, ben and cy argued realism together; dee and eve liberalism, twice.
const history = historyFromEarlierTeams([
  { position: "realism", studentIds: ["ada", "ben", "cy"] },
  { position: "liberalism", studentIds: ["dee", "eve"] },
  { position: "liberalism", studentIds: ["dee", "eve", "fay"] },
]);

/** A layout that spreads the earlier teams and puts everyone on a theory new to them. */
const proposal: Layout = {
  positions,
  teams: [
    { position: "realism", studentIds: ["dee", "fay"] },
    { position: "liberalism", studentIds: ["ada", "ben"] },
    { position: "constructivism", studentIds: ["cy", "eve"] },
  ],
};

const notesOf = (layout: Layout, studentId: string) => describeLayout(history, layout).students.find((notes) => notes.studentId === studentId);

describe("describeLayout", () => {
  it("notes each student's rotation and repeated teammates", () => {
    const { students, totals } = describeLayout(history, proposal);
    expect(students.map((notes) => notes.studentId)).toEqual(["dee", "fay", "ada", "ben", "cy", "eve"]);
    expect(notesOf(proposal, "dee")).toEqual({
      studentId: "dee",
      position: "realism",
      timesArgued: { realism: 0, liberalism: 2, constructivism: 0 },
      timesArguedHere: 0,
      leastArguedPositions: ["realism", "constructivism"],
      isOnLeastArguedPosition: true,
      repeatedTeammates: [{ studentId: "fay", timesTogether: 1 }],
    });
    expect(notesOf(proposal, "ben")?.repeatedTeammates).toEqual([{ studentId: "ada", timesTogether: 1 }]);
    expect(notesOf(proposal, "eve")?.repeatedTeammates).toEqual([]);
    expect(totals).toEqual({
      smallestTeam: 2,
      largestTeam: 2,
      isBalanced: true,
      timesArguedTotal: 0,
      studentsOnLeastArguedPosition: 6,
      repeatedPairs: 2,
      repeatedPairTimes: 2,
    });
  });

  it("sees a repeated pair that a hand swap creates, and the one it breaks up", () => {
    // The instructor swaps fay and eve: dee and eve, together twice before, meet again.
    const swapped: Layout = {
      positions,
      teams: [
        { position: "realism", studentIds: ["dee", "eve"] },
        { position: "liberalism", studentIds: ["ada", "ben"] },
        { position: "constructivism", studentIds: ["cy", "fay"] },
      ],
    };
    expect(notesOf(swapped, "dee")?.repeatedTeammates).toEqual([{ studentId: "eve", timesTogether: 2 }]);
    expect(notesOf(swapped, "eve")).toMatchObject({ position: "realism", timesArguedHere: 0, repeatedTeammates: [{ studentId: "dee", timesTogether: 2 }] });
    expect(notesOf(swapped, "fay")?.repeatedTeammates).toEqual([]);
    expect(describeLayout(history, swapped).totals).toMatchObject({ isBalanced: true, timesArguedTotal: 0, repeatedPairs: 2, repeatedPairTimes: 3 });
  });

  it("reports a hand move that breaks balance and rotation", () => {
    // ada moves back onto realism, which she argued before, and leaves ben alone.
    const moved: Layout = {
      positions,
      teams: [
        { position: "realism", studentIds: ["dee", "fay", "ada"] },
        { position: "liberalism", studentIds: ["ben"] },
        { position: "constructivism", studentIds: ["cy", "eve"] },
      ],
    };
    expect(notesOf(moved, "ada")).toMatchObject({
      timesArguedHere: 1,
      isOnLeastArguedPosition: false,
      leastArguedPositions: ["liberalism", "constructivism"],
      repeatedTeammates: [],
    });
    expect(describeLayout(history, moved).totals).toEqual({
      smallestTeam: 1,
      largestTeam: 3,
      isBalanced: false,
      timesArguedTotal: 1,
      studentsOnLeastArguedPosition: 5,
      repeatedPairs: 1,
      repeatedPairTimes: 1,
    });
  });

  it("adds up a pair listed more than once, orders teammates most often first, and ignores self-pairs", () => {
    const layout: Layout = { positions: ["realism", "liberalism"], teams: [{ position: "realism", studentIds: ["a", "b", "c"] }, { position: "liberalism", studentIds: [] }] };
    const description = describeLayout(
      {
        timesArgued: {},
        teammatePairs: [
          { studentIds: ["a", "b"], timesTogether: 1 },
          { studentIds: ["c", "a"], timesTogether: 2 },
          { studentIds: ["b", "a"], timesTogether: 2 },
          { studentIds: ["a", "a"], timesTogether: 5 },
          { studentIds: ["b", "c"], timesTogether: 0 },
        ],
      },
      layout,
    );
    expect(description.students[0]?.repeatedTeammates).toEqual([
      { studentId: "b", timesTogether: 3 },
      { studentId: "c", timesTogether: 2 },
    ]);
    expect(description.totals).toMatchObject({ smallestTeam: 0, largestTeam: 3, isBalanced: false, repeatedPairs: 2, repeatedPairTimes: 5 });
  });

  it("reads ids and theory keys that look like object properties as data", () => {
    const description = describeLayout(
      { timesArgued: { constructor: { toString: 2 } }, teammatePairs: [] },
      { positions: ["toString", "valueOf"], teams: [{ position: "valueOf", studentIds: ["constructor", "hasOwnProperty"] }] },
    );
    expect(description.students.map((notes) => notes.timesArgued)).toEqual([
      { toString: 2, valueOf: 0 },
      { toString: 0, valueOf: 0 },
    ]);
  });
});
