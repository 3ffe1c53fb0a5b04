import { describe, expect, it } from "vitest";
import { adjustmentsFrom, initialAdjustmentRows, scoreErrorsByCriterion } from "@/components/grading/grade-draft";
import { formatPoints, scorableScores, teamPoints, unscoredCriteria } from "@/components/grading/scoring";

const rubric = {
  criteria: [
    { id: "c1", name: "Theory", description: "", worth: 25, minPoints: null, maxPoints: null, levels: [{ id: "a", label: "Exemplary", points: 25, descriptor: "" }, { id: "b", label: "Proficient", points: 19, descriptor: "" }] },
    { id: "c2", name: "Evidence", description: "", worth: 10, minPoints: 0, maxPoints: 10, levels: [{ id: "c", label: "Good", points: 8, descriptor: "" }] },
  ],
};

describe("grade drafts", () => {
  it("adds up the levels chosen and the points typed", () => {
    const scores = [
      { criterionId: "c1", levelId: "b", points: null, comment: "" },
      { criterionId: "c2", levelId: "c", points: 9.5, comment: "" },
    ];
    expect(teamPoints(rubric, scores)).toBe(28.5);
    expect(unscoredCriteria(rubric, scores)).toEqual([]);
    expect(unscoredCriteria(rubric, scores.slice(0, 1)).map((criterion) => criterion.name)).toEqual(["Evidence"]);
  });

  it("sends only scores with a level or points", () => {
    const scores = [
      { criterionId: "c1", levelId: null, points: null, comment: "a comment waiting for a level" },
      { criterionId: "c2", levelId: null, points: 4, comment: "" },
    ];
    expect(scorableScores(scores)).toEqual([scores[1]]);
  });

  it("sends adjustments that change something, and none that do not read as numbers", () => {
    const rows = initialAdjustmentRows([{ userId: "u1" }, { userId: "u2" }, { userId: "u3" }, { userId: "u4" }], [{ userId: "u2", points: -1.5, reason: "absent" }]);
    expect(rows.u2).toEqual({ points: "-1.5", reason: "absent" });
    rows.u1 = { points: "2", reason: "" };
    rows.u3 = { points: "-", reason: "typing" };
    rows.u4 = { points: "", reason: "  " };
    expect(adjustmentsFrom(rows)).toEqual([
      { userId: "u1", points: 2, reason: "" },
      { userId: "u2", points: -1.5, reason: "absent" },
    ]);
    expect(adjustmentsFrom({ u5: { points: "", reason: "noted" } })).toEqual([{ userId: "u5", points: 0, reason: "noted" }]);
  });

  it("puts the server's objections to scores under their criteria", () => {
    const sent = [
      { criterionId: "c1", levelId: "a", points: null, comment: "" },
      { criterionId: "c2", levelId: null, points: 12, comment: "" },
    ];
    expect(scoreErrorsByCriterion({ "scores.1.points": 'scores.1.points: "Evidence" takes 0 to 10 points, not 12', comment: "too long" }, sent)).toEqual({
      c2: '"Evidence" takes 0 to 10 points, not 12',
    });
  });

  it("writes points without needless decimals", () => {
    expect([formatPoints(12), formatPoints(12.5), formatPoints(12.257)]).toEqual(["12", "12.5", "12.26"]);
  });
});
