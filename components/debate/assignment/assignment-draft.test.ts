import { describe, expect, it } from "vitest";
import {
  draftFromPreview,
  excludeStudent,
  includeStudent,
  isOnLeastArguedPosition,
  moveStudent,
  pinsOf,
  publishInputOf,
  repeatedTeammates,
  summarize,
  swapStudents,
  togglePin,
} from "@/components/debate/assignment/assignment-draft";
import type { AssignmentPreview } from "@/components/debate/types";

const student = (id: string, timesArgued: Record<string, number>, repeated: { studentId: string; name: string; timesTogether: number }[] = []) => ({
  id,
  name: id.toUpperCase(),
  isPinned: false,
  timesArgued,
  isOnLeastArguedPosition: true,
  repeatedTeammates: repeated,
});

const preview: AssignmentPreview = {
  seed: 7,
  summary: { smallestTeam: 2, largestTeam: 2, timesArguedTotal: 0, studentsOnLeastArguedPosition: 4, repeatedPairs: 1, repeatedPairTimes: 1 },
  teams: [
    {
      theoryId: "t-real",
      theoryKey: "realism",
      teamIndex: 0,
      name: "Realism",
      students: [student("a", { realism: 0, liberalism: 1 }, [{ studentId: "b", name: "B", timesTogether: 2 }]), student("b", { realism: 0, liberalism: 0 }, [{ studentId: "a", name: "A", timesTogether: 2 }])],
    },
    { theoryId: "t-lib", theoryKey: "liberalism", teamIndex: 0, name: "Liberalism", students: [student("c", { realism: 1, liberalism: 0 }), student("d", { realism: 0, liberalism: 2 })] },
  ],
  excluded: [],
};

describe("assignment draft", () => {
  it("starts from the proposal with its history", () => {
    const draft = draftFromPreview(preview);
    expect(draft.teams.map((team) => team.studentIds)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(repeatedTeammates(draft, "a")).toEqual([{ id: "b", name: "B", timesTogether: 2 }]);
    expect(isOnLeastArguedPosition(draft, "d")).toBe(false);
    expect(summarize(draft)).toMatchObject({ placed: 4, smallestTeam: 2, largestTeam: 2, onLeastArgued: 3, repeatedPairs: 1 });
  });

  it("moves a student and pins them to the new position", () => {
    const draft = moveStudent(draftFromPreview(preview), "a", "t-lib:0");
    expect(draft.teams.map((team) => team.studentIds)).toEqual([["b"], ["c", "d", "a"]]);
    expect(pinsOf(draft)).toEqual([{ studentId: "a", theoryId: "t-lib" }]);
    expect(isOnLeastArguedPosition(draft, "a")).toBe(false);
    expect(repeatedTeammates(draft, "a")).toEqual([]);
    expect(summarize(draft)).toMatchObject({ smallestTeam: 1, largestTeam: 3, repeatedPairs: 0 });
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

  it("keeps what earlier proposals taught when a new one arrives", () => {
    const first = draftFromPreview(preview);
    const next = draftFromPreview({ ...preview, teams: [{ ...preview.teams[0]!, students: [] }, preview.teams[1]!], excluded: [{ id: "a", name: "A" }, { id: "b", name: "B" }] }, first);
    expect(next.students.a?.timesArgued).toEqual({ realism: 0, liberalism: 1 });
    expect(next.pairs["a|b"]).toBe(2);
  });
});
