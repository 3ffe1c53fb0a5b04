import { describe, expect, it } from "vitest";
import {
  caseInputFrom,
  emptyEventRow,
  emptySourceRow,
  rowErrorKeys,
  validateCaseForm,
  withSubject,
  type CaseFormValues,
} from "@/components/authoring/case-form-values";
import { moveItem } from "@/components/authoring/move-focus";

function values(overrides: Partial<CaseFormValues> = {}): CaseFormValues {
  return { title: "Kosovo", periodStart: "1998", periodEnd: "1999", summary: "", keyEvents: [], sources: [], ...overrides };
}

describe("validateCaseForm", () => {
  it("accepts a complete case", () => {
    expect(validateCaseForm(values())).toEqual({});
  });

  it("names the missing title and malformed or reversed years", () => {
    expect(validateCaseForm(values({ title: " ", periodStart: "98" }))).toEqual({
      title: "Title is required",
      periodStart: "Enter the start year, e.g. 1991",
    });
    expect(validateCaseForm(values({ periodStart: "2001", periodEnd: "1999" }))).toEqual({
      periodEnd: "End year cannot be before the start year",
    });
  });

  it("keys row errors by the index the row will have in the request, skipping blank rows", () => {
    const blank = emptyEventRow();
    const bad = { ...emptyEventRow(), date: "May 1997", event: "Founding Act" };
    const form = values({ keyEvents: [blank, bad], sources: [{ ...emptySourceRow(), year: "2003" }] });
    const errors = validateCaseForm(form);
    expect(errors).toEqual({
      "keyEvents.0.date": "Date must be YYYY, YYYY-MM or YYYY-MM-DD",
      "sources.0.author": "Author is required",
      "sources.0.title": "Title is required",
    });
    const keys = rowErrorKeys(form);
    expect(keys.event(bad.rowId, "date")).toBe("keyEvents.0.date");
    expect(keys.event(blank.rowId, "date")).toBeUndefined();
  });
});

describe("caseInputFrom", () => {
  it("trims, converts years to numbers and drops blank rows", () => {
    const form = values({
      title: "  Kosovo  ",
      keyEvents: [emptyEventRow(), { ...emptyEventRow(), date: " 1999-03-24 ", event: " Bombing begins " }],
      sources: [emptySourceRow(), { ...emptySourceRow(), author: "Goldgeier", title: "Power and Purpose", year: "2003" }],
    });
    expect(caseInputFrom(form)).toEqual({
      title: "Kosovo",
      periodStart: 1998,
      periodEnd: 1999,
      summary: "",
      keyEvents: [{ date: "1999-03-24", event: "Bombing begins" }],
      sources: [{ author: "Goldgeier", title: "Power and Purpose", year: "2003", venue: "" }],
    });
  });
});

describe("withSubject", () => {
  it("gives subject-less server messages the field's name", () => {
    expect(withSubject("Date", "must be a year")).toBe("Date must be a year");
    expect(withSubject("Date", "Date is required")).toBe("Date is required");
    expect(withSubject("Date", undefined)).toBeUndefined();
  });
});

describe("moveItem", () => {
  it("swaps with the neighbour and leaves the ends alone", () => {
    expect(moveItem(["a", "b", "c"], 1, "up")).toEqual(["b", "a", "c"]);
    expect(moveItem(["a", "b", "c"], 1, "down")).toEqual(["a", "c", "b"]);
    expect(moveItem(["a", "b", "c"], 0, "up")).toEqual(["a", "b", "c"]);
    expect(moveItem(["a", "b", "c"], 2, "down")).toEqual(["a", "b", "c"]);
  });
});
