import { describe, expect, it } from "vitest";
import {
  describeDraft,
  draftFromPreview,
  excludeStudent,
  includeStudent,
  moveStudent,
  pinsOf,
  publishInputOf,
  swapStudents,
  togglePin,
} from "@/components/debate/assignment/assignment-draft";
import type { AssignmentPreview } from "@/components/debate/types";

const student = (id: string) => ({ id, name: id.toUpperCase() });

const preview: AssignmentPreview = {
  seed: 7,
  teams: [
    { theoryId: "t-real", theoryKey: "realism", teamIndex: 0, name: "Realism", students: [student("a"), student("b")], pinnedStudentIds: [] },
    { theoryId: "t-lib", theoryKey: "liberalism", teamIndex: 0, name: "Liberalism", students: [student("c"), student("d")], pinnedStudentIds: [] },
  ],
  excluded: [],
  history: {
    timesArgued: { a: { liberalism: 1 }, b: {}, c: { realism: 1 }, d: { liberalism: 2 } },
    // a and c teamed before, but the proposal keeps them apart: only the history tells.
    teammatePairs: [
      { studentIds: ["a", "b"], timesTogether: 2 },
      { studentIds: ["a", "c"], timesTogether: 1 },
    ],
  },
};

describe("assignment draft", () => {
  it("starts from the proposal with its history", () => {
    const draft = draftFromPreview(preview);
    expect(draft.teams.map((team) => team.studentIds)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    const { notes, totals } = describeDraft(draft);
    expect(notes.a?.repeatedTeammates).toEqual([{ studentId: "b", timesTogether: 2 }]);
    expect(notes.d).toMatchObject({ isOnLeastArguedPosition: false, timesArguedHere: 2, leastArguedPositions: ["realism"] });
    expect(totals).toMatchObject({ placed: 4, smallestTeam: 2, largestTeam: 2, isBalanced: true, studentsOnLeastArguedPosition: 3, repeatedPairs: 1 });
  });

  it("moves a student, pins them to the new position, and describes the teams as they are now", () => {
    const draft = moveStudent(draftFromPreview(preview), "a", "t-lib:0");
    expect(draft.teams.map((team) => team.studentIds)).toEqual([["b"], ["c", "d", "a"]]);
    expect(pinsOf(draft)).toEqual([{ studentId: "a", theoryId: "t-lib" }]);
    const { notes, totals } = describeDraft(draft);
    expect(notes.a).toMatchObject({ isOnLeastArguedPosition: false, timesArguedHere: 1, repeatedTeammates: [{ studentId: "c", timesTogether: 1 }] });
    expect(notes.c?.repeatedTeammates).toEqual([{ studentId: "a", timesTogether: 1 }]);
    expect(notes.b?.repeatedTeammates).toEqual([]);
    expect(totals).toMatchObject({ smallestTeam: 1, largestTeam: 3, isBalanced: false, repeatedPairs: 1, repeatedPairTimes: 1 });
  });

  it("swaps two students across teams", () => {
    const draft = swapStudents(draftFromPreview(preview), "b", "d");
    expect(draft.teams.map((team) => team.studentIds)).toEqual([
      ["a", "d"],
      ["c", "b"],
    ]);
    expect(draft.movedIds).toEqual(["b", "d"]);
  });

  it("leaves a student out and brings them back on a least-argued position", () => {
    const excluded = excludeStudent(draftFromPreview(preview), "c");
    expect(excluded.excludedIds).toEqual(["c"]);
    expect(excluded.teams[1]!.studentIds).toEqual(["d"]);
    const back = includeStudent(excluded, "c");
    expect(back.excludedIds).toEqual([]);
    expect(back.teams[1]!.studentIds).toEqual(["d", "c"]);
  });

  it("publishes every team with its pinned members and the left-out students", () => {
    const draft = excludeStudent(togglePin(draftFromPreview(preview), "c"), "b");
    expect(publishInputOf(draft)).toEqual({
      teams: [
        { theoryId: "t-real", studentIds: ["a"], pinnedStudentIds: [] },
        { theoryId: "t-lib", studentIds: ["c", "d"], pinnedStudentIds: ["c"] },
      ],
      excludedStudentIds: ["b"],
    });
  });

  it("keeps the history of a left-out student for when they come back", () => {
    const draft = draftFromPreview({
      ...preview,
      teams: [{ ...preview.teams[0]!, students: [student("b")] }, preview.teams[1]!],
      excluded: [{ id: "a", name: "A" }],
    });
    expect(describeDraft(draft).notes.a).toBeUndefined();
    const back = includeStudent(draft, "a");
    // The smallest team is Realism, which a has argued least.
    expect(back.teams[0]!.studentIds).toEqual(["b", "a"]);
    expect(describeDraft(back).notes.a?.repeatedTeammates).toEqual([{ studentId: "b", timesTogether: 2 }]);
  });
});
