import { describe, expect, it } from "vitest";
import { describeSource, formatCitation } from "@/components/editor/citation";

describe("citations", () => {
  it("read author and year", () => {
    expect(formatCitation({ author: "Strobe Talbott", title: "The Russia Hand", year: "2002", venue: "" })).toBe("(Strobe Talbott, 2002)");
  });
  it("say n.d. without a year", () => {
    expect(formatCitation({ author: "UNSC", title: "Resolution 1244", year: "" })).toBe("(UNSC, n.d.)");
  });
  it("are described with their title in the picker", () => {
    expect(describeSource({ author: "Strobe Talbott", title: "The Russia Hand", year: "2002" })).toBe("Strobe Talbott (2002), The Russia Hand");
  });
});
