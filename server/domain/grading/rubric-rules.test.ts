import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/app-error";
import { assertValidRubric, criterionWorth, rubricIssues, type RubricCriterionDraft, type RubricDraft } from "@/server/domain/grading/rubric-rules";

const levels = (...points: number[]) => points.map((value, index) => ({ label: `Level ${index + 1}`, points: value, descriptor: "" }));
const criterion = (name: string, weight: number, overrides: Partial<RubricCriterionDraft> = {}): RubricCriterionDraft => ({
  name,
  description: "",
  weight,
  minPoints: null,
  maxPoints: null,
  levels: levels(weight, Math.floor(weight / 2), 0),
  ...overrides,
});
const rubric = (criteria: RubricCriterionDraft[], totalPoints = 100): RubricDraft => ({ title: "Rubric", totalPoints, criteria });

describe("rubric rules", () => {
  it("accepts weights adding up to 100 with falling level points", () => {
    expect(rubricIssues(rubric([criterion("Accuracy", 60), criterion("Evidence", 40)]))).toEqual([]);
    expect(criterionWorth(25, 40)).toBe(10);
  });

  it("names the field of every problem", () => {
    const issues = rubricIssues(
      rubric([
        criterion("Accuracy", 50, { levels: [...levels(50, 30), { label: "level 1", points: 30, descriptor: "" }] }),
        criterion("Evidence", 30, { levels: levels(31, 10), minPoints: 5, maxPoints: null }),
        criterion("accuracy", 10, { minPoints: 8, maxPoints: 4 }),
        criterion("Structure", 20, { minPoints: 5, maxPoints: 15 }),
      ]),
    );
    expect(issues).toEqual([
      { field: "criteria", message: "Weights must add up to 100; they add up to 110" },
      { field: "criteria.0.levels.2.label", message: '"level 1" is used twice in "Accuracy"' },
      { field: "criteria.0.levels.2.points", message: 'must be fewer than the level above ("Level 2", 30 points)' },
      { field: "criteria.1.levels.0.points", message: '31 points is more than "Evidence" is worth (30: 30% of 100)' },
      { field: "criteria.1.maxPoints", message: "A point range needs both a minimum and a maximum" },
      { field: "criteria.2.name", message: '"accuracy" names two criteria' },
      { field: "criteria.2.maxPoints", message: "must be more than the minimum (8)" },
      { field: "criteria.3.levels.0.points", message: "20 points is outside the criterion's range (5 to 15)" },
      { field: "criteria.3.levels.2.points", message: "0 points is outside the criterion's range (5 to 15)" },
    ]);
  });

  it("scales a criterion's worth with the rubric's total", () => {
    const issues = rubricIssues(rubric([criterion("Accuracy", 50, { levels: levels(10, 5) }), criterion("Evidence", 50, { levels: levels(11) })], 20));
    expect(issues).toEqual([{ field: "criteria.1.levels.0.points", message: '11 points is more than "Evidence" is worth (10: 50% of 20)' }]);
  });

  it("throws one BAD_REQUEST listing them, fielded at the first", () => {
    let error: unknown;
    try {
      assertValidRubric(rubric([criterion("Accuracy", 100, { levels: levels(50, 60) })]));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "BAD_REQUEST", field: "criteria.0.levels.1.points" });
    expect((error as AppError).message).toBe('criteria.0.levels.1.points: must be fewer than the level above ("Level 1", 50 points)');
  });
});
