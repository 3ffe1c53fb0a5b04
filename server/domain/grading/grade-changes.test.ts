import { describe, expect, it } from "vitest";
import { gradeChanges, type GradeState } from "@/server/domain/grading/grade-changes";

const state: GradeState = {
  status: "DRAFT",
  comment: "Solid",
  scores: [{ criterion: "Accuracy", level: "Proficient", points: 19, comment: "" }],
  adjustments: [],
};

describe("gradeChanges", () => {
  it("records nothing when the same state is saved again", () => {
    expect(gradeChanges(state, structuredClone(state))).toEqual([]);
  });

  it("records a first save field by field, without a status change", () => {
    expect(gradeChanges(null, state)).toEqual([
      { field: "comment", oldValue: null, newValue: "Solid" },
      { field: "Accuracy: level", oldValue: null, newValue: "Proficient" },
      { field: "Accuracy: points", oldValue: null, newValue: "19" },
    ]);
  });

  it("records old → new for a changed level, a removed score and an added adjustment", () => {
    const after: GradeState = {
      status: "FINAL",
      comment: "Solid",
      scores: [],
      adjustments: [{ student: "Sam Student", points: -2, reason: "Missed the deadline" }],
    };
    expect(gradeChanges(state, after)).toEqual([
      { field: "status", oldValue: "DRAFT", newValue: "FINAL" },
      { field: "Accuracy: level", oldValue: "Proficient", newValue: null },
      { field: "Accuracy: points", oldValue: "19", newValue: null },
      { field: "Adjustment for Sam Student: points", oldValue: null, newValue: "-2" },
      { field: "Adjustment for Sam Student: reason", oldValue: null, newValue: "Missed the deadline" },
    ]);
  });
});
