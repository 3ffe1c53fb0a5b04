import { describe, expect, it } from "vitest";
import { argumentDocumentName, parseArgumentDocumentName } from "@/server/domain/argument/document-name";

describe("argument document names", () => {
  it("round-trips the ids", () => {
    const document = { debateId: "d1", roundId: "r_2", teamId: "t-3" };
    expect(parseArgumentDocumentName(argumentDocumentName(document))).toEqual(document);
  });

  it.each(["argument:a:b", "argument:a:b:c:d", "notes:a:b:c", "argument:a:b:c/../x", `argument:${"x".repeat(65)}:b:c`])("rejects %s", (name) => {
    expect(parseArgumentDocumentName(name)).toBeNull();
  });
});
