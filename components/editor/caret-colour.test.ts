import { describe, expect, it } from "vitest";
import { caretColourFor, caretPalette, selectionColourFor } from "@/components/editor/caret-colour";

describe("caret colours", () => {
  it("are the same for a user every time", () => {
    expect(caretColourFor("cm4x1user")).toBe(caretColourFor("cm4x1user"));
  });

  it("come from the palette and spread over it", () => {
    const colours = new Set(Array.from({ length: 200 }, (_, index) => caretColourFor(`user-${index}`)));
    for (const colour of colours) expect(caretPalette).toContain(colour);
    expect(colours.size).toBe(caretPalette.length);
  });

  it("differ for ids that differ by one character", () => {
    expect(caretColourFor("user-a")).not.toBe(caretColourFor("user-b"));
  });

  it("have a translucent selection of the same hue", () => {
    expect(selectionColourFor("x")).toBe(`${caretColourFor("x")}33`);
  });
});
