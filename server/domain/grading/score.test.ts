import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/app-error";
import { criterionPoints, gradeTotals, roundPoints, studentScore, type ScorableCriterion } from "@/server/domain/grading/score";

const accuracy: ScorableCriterion = {
  id: "accuracy",
  name: "Theoretical accuracy",
  worth: 25,
  minPoints: null,
  maxPoints: null,
  levels: [
    { id: "exemplary", label: "Exemplary", points: 25 },
    { id: "proficient", label: "Proficient", points: 19 },
  ],
};
const evidence: ScorableCriterion = { ...accuracy, id: "evidence", name: "Use of case evidence", minPoints: 10, maxPoints: 20 };

function failure(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error("expected a failure");
}

describe("roundPoints", () => {
  it("keeps hundredths, rounding halves away from zero despite binary fractions", () => {
    expect(roundPoints(0.1 + 0.2)).toBe(0.3);
    expect(roundPoints(1.005)).toBe(1.01);
    expect(roundPoints(-0.125)).toBe(-0.13);
    expect(roundPoints(18.333333)).toBe(18.33);
  });
});

describe("criterionPoints", () => {
  it("gives a picked level its points", () => {
    expect(criterionPoints(accuracy, { criterionId: "accuracy", levelId: "proficient", points: null }, "scores.0")).toBe(19);
  });

  it("takes points given outright within the criterion's worth, or its range when it has one", () => {
    expect(criterionPoints(accuracy, { criterionId: "accuracy", levelId: "proficient", points: 21.5 }, "scores.0")).toBe(21.5);
    expect(criterionPoints(evidence, { criterionId: "evidence", levelId: null, points: 12.345 }, "scores.1")).toBe(12.35);
    expect(failure(() => criterionPoints(accuracy, { criterionId: "accuracy", levelId: null, points: 26 }, "scores.0")).message).toBe(
      'scores.0.points: "Theoretical accuracy" takes 0 to 25 points, not 26',
    );
    expect(failure(() => criterionPoints(evidence, { criterionId: "evidence", levelId: null, points: 9 }, "scores.1")).field).toBe("scores.1.points");
  });

  it("refuses another criterion's level and an empty choice", () => {
    expect(failure(() => criterionPoints(evidence, { criterionId: "evidence", levelId: "elsewhere", points: null }, "scores.1")).field).toBe("scores.1.levelId");
    expect(failure(() => criterionPoints(accuracy, { criterionId: "accuracy", levelId: null, points: null }, "scores.0")).message).toContain("pick a level");
  });
});

describe("gradeTotals", () => {
  const rubric = { totalPoints: 50, criteria: [accuracy, evidence] };

  it("adds the criteria and names the ones still missing", () => {
    const partial = gradeTotals(rubric, [{ criterionId: "accuracy", points: 19.1 }], []);
    expect(partial).toMatchObject({ teamScore: 19.1, isComplete: false, missingCriteria: ["Use of case evidence"] });

    const full = gradeTotals(rubric, [{ criterionId: "accuracy", points: 19.1 }, { criterionId: "evidence", points: 12.2 }], []);
    expect(full).toMatchObject({ teamScore: 31.3, isComplete: true, missingCriteria: [] });
  });

  it("adjusts each student from the team score, kept within 0 and the total", () => {
    const totals = gradeTotals(rubric, [{ criterionId: "accuracy", points: 25 }, { criterionId: "evidence", points: 20 }], [
      { userId: "keen", points: 10 },
      { userId: "absent", points: -7.5 },
    ]);
    expect(totals.studentScores.get("keen")).toBe(50);
    expect(totals.studentScores.get("absent")).toBe(37.5);
    expect(studentScore(3, -5, 50)).toBe(0);
  });
});
