import { describe, expect, it } from "vitest";
import {
  emptyRubricFormValues,
  errorsByRow,
  rubricFormValuesFrom,
  rubricInputFrom,
  rubricServerErrors,
  weightSum,
} from "@/components/grading/rubric-form-values";

const rubric = {
  title: "Argument rubric",
  totalPoints: 50,
  criteria: [
    {
      name: "Evidence",
      description: "Dated and cited",
      weight: 60,
      minPoints: null,
      maxPoints: null,
      levels: [
        { id: "l1", label: "Strong", points: 30, descriptor: "Well chosen" },
        { id: "l2", label: "Weak", points: 10, descriptor: "" },
      ],
    },
    { name: "Rebuttal", description: "", weight: 40, minPoints: 0, maxPoints: 20, levels: [{ id: "l3", label: "Present", points: 20, descriptor: "" }] },
  ],
};

describe("rubric form values", () => {
  it("round-trips a rubric through the form", () => {
    const values = rubricFormValuesFrom(rubric);
    expect(values.criteria[1]).toMatchObject({ weight: "40", minPoints: "0", maxPoints: "20" });
    const parsed = rubricInputFrom(values);
    expect(parsed.errors).toBeNull();
    expect(parsed.input).toEqual({
      title: "Argument rubric",
      totalPoints: 50,
      criteria: [
        {
          name: "Evidence",
          description: "Dated and cited",
          weight: 60,
          minPoints: null,
          maxPoints: null,
          levels: [
            { label: "Strong", points: 30, descriptor: "Well chosen" },
            { label: "Weak", points: 10, descriptor: "" },
          ],
        },
        { name: "Rebuttal", description: "", weight: 40, minPoints: 0, maxPoints: 20, levels: [{ label: "Present", points: 20, descriptor: "" }] },
      ],
    });
  });

  it("refuses numbers it cannot read, keyed as the server keys fields", () => {
    const values = rubricFormValuesFrom(rubric);
    values.totalPoints = "12.5";
    values.criteria[0]!.weight = "";
    values.criteria[1]!.levels[0]!.points = "twenty";
    expect(rubricInputFrom(values).errors).toEqual({
      totalPoints: "Enter a whole number",
      "criteria.0.weight": "Enter a number",
      "criteria.1.levels.0.points": "Enter a number",
    });
  });

  it("sums the weights that read as numbers", () => {
    const values = emptyRubricFormValues();
    expect(weightSum(values)).toBe(100);
    values.criteria[0]!.weight = "x";
    expect(weightSum(values)).toBe(0);
  });
});

describe("rubricServerErrors", () => {
  it("reads every problem of a refused rubric out of its message", () => {
    const message = 'criteria.0.levels.1.points: must be fewer than the level above ("Strong", 30 points); criteria: Weights must add up to 100; they add up to 90; criteria.1.maxPoints: 25 points is more than "Rebuttal" is worth (20)';
    const errors = rubricServerErrors({ "criteria.0.levels.1.points": message }, message);
    expect(errors).toEqual({
      "criteria.0.levels.1.points": 'must be fewer than the level above ("Strong", 30 points)',
      criteria: "Weights must add up to 100; they add up to 90",
      "criteria.1.maxPoints": '25 points is more than "Rebuttal" is worth (20)',
    });
  });

  it("keeps input errors that are already per field", () => {
    const message = "criteria.0.name: Criterion name is required; title: Title is required";
    expect(rubricServerErrors({ "criteria.0.name": "Criterion name is required", title: "Title is required" }, message)).toEqual({
      "criteria.0.name": "Criterion name is required",
      title: "Title is required",
    });
  });

  it("finds nothing in a message about something else", () => {
    expect(rubricServerErrors({}, "This rubric has a newer version (3); edit that one")).toEqual({});
  });
});

describe("errorsByRow", () => {
  it("ties errors to the rows they name, so they follow the rows when they move", () => {
    const values = rubricFormValuesFrom(rubric);
    const [evidence, rebuttal] = values.criteria;
    const keyed = errorsByRow(values, {
      title: "Title is required",
      criteria: "Weights must add up to 100",
      "criteria.1.name": "taken",
      "criteria.0.levels.1.points": "too many",
      "criteria.1.levels": "At most 10 levels",
      "criteria.5.name": "gone",
    });
    expect(keyed).toEqual({
      title: "Title is required",
      criteria: "gone",
      [`${rebuttal!.rowId}.name`]: "taken",
      [`${evidence!.levels[1]!.rowId}.points`]: "too many",
      [`${rebuttal!.rowId}.levels`]: "At most 10 levels",
    });
  });
});
