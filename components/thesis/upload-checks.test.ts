import { describe, expect, it } from "vitest";
import { maxUploadBytes, uploadProblem } from "./upload-checks";

describe("uploadProblem", () => {
  it("accepts PDF, text and Markdown files up to 20 MB", () => {
    expect(uploadProblem({ name: "Thesis.PDF", size: 1000 })).toBeNull();
    expect(uploadProblem({ name: "notes.md", size: maxUploadBytes })).toBeNull();
    expect(uploadProblem({ name: "thesis.txt", size: 1 })).toBeNull();
  });

  it("refuses other types, empty files and files over 20 MB", () => {
    expect(uploadProblem({ name: "thesis.docx", size: 10 })).toMatch(/PDF/);
    expect(uploadProblem({ name: "thesis.md", size: 0 })).toBe("The file is empty.");
    expect(uploadProblem({ name: "thesis.pdf", size: maxUploadBytes + 1 })).toMatch(/larger than 20 MB/);
  });
});
