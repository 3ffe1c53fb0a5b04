import { describe, expect, it } from "vitest";
import { citationParts } from "@/components/format/citation";
import { formatEventDate, machineDate } from "@/components/format/event-date";
import { formatPeriod } from "@/components/format/period";

describe("formatEventDate", () => {
  it("shows each precision the record allows", () => {
    expect(formatEventDate("1993")).toBe("1993");
    expect(formatEventDate("1997-05")).toBe("May 1997");
    expect(formatEventDate("1998-10-05")).toBe("5 October 1998");
  });

  it("shows anything unexpected as written, without a machine date", () => {
    expect(formatEventDate("spring 1999")).toBe("spring 1999");
    expect(formatEventDate("1997-13")).toBe("1997");
    expect(machineDate("spring 1999")).toBeUndefined();
    expect(machineDate("1997-05")).toBe("1997-05");
  });
});

describe("formatPeriod", () => {
  it("joins two years with an en dash and collapses a single year", () => {
    expect(formatPeriod(1991, 1999)).toBe("1991–1999");
    expect(formatPeriod(2008, 2008)).toBe("2008");
  });
});

describe("citationParts", () => {
  it("ends each part once, even after a question mark", () => {
    expect(
      citationParts({ author: "J. L. Black", title: "Russia Faces NATO Expansion: Bearing Gifts or Bearing Arms?", year: "2000", venue: "Lanham, MD: Rowman & Littlefield" }),
    ).toEqual({
      author: "J. L. Black.",
      title: "Russia Faces NATO Expansion: Bearing Gifts or Bearing Arms?",
      publication: "Lanham, MD: Rowman & Littlefield, 2000.",
    });
  });

  it("does not repeat a year the venue already names, and copes without a venue", () => {
    expect(citationParts({ author: "Julianne Smith", title: "The NATO-Russia Relationship", year: "2008", venue: "CSIS, November 2008" }).publication).toBe(
      "CSIS, November 2008.",
    );
    expect(citationParts({ author: "A. Author", title: "A Title", year: "2001", venue: "" }).publication).toBe("2001.");
  });
});
