/**
 * `npm run thesis:import` end to end: the command is run as a person runs it, on files written
 * here, and judged by what it prints and how it exits.
 */
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplePages } from "@/server/domain/thesis/fixtures/sample-pages";
import { thesisPdfPages } from "@/server/domain/thesis/fixtures/pdf-thesis";
import { writePdf } from "@/server/domain/thesis/fixtures/write-pdf";
import { joinPages } from "@/server/domain/thesis/normalize-text";
import type { ParsedThesis } from "@/server/domain/thesis/types";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../../..");

async function importThesis(...args: string[]): Promise<{ stdout: string; stderr: string; code: number }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "server/launcher/thesis-import-cli.ts", ...args], { cwd: root });
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failure = error as { stdout: string; stderr: string; code: number };
    return { stdout: failure.stdout, stderr: failure.stderr, code: failure.code };
  }
}

describe("thesis:import", () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "stoa-thesis-cli-"));
    await writeFile(path.join(directory, "sample.txt"), joinPages(samplePages));
    await writeFile(path.join(directory, "thesis.pdf"), writePdf(thesisPdfPages));
    await writeFile(path.join(directory, "scan.pdf"), writePdf([{ lines: [] }, { lines: [] }]));
    await writeFile(path.join(directory, "empty.txt"), "");
    await writeFile(path.join(directory, "latin1.txt"), new Uint8Array([0x44, 0xe9, 0x74, 0x65, 0x6e, 0x74, 0x65]));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("prints the outline: chapters, headings with level, page and line, footnotes and gaps", async () => {
    const { stdout, code } = await importThesis(path.join(directory, "sample.txt"));
    expect(code).toBe(0);
    expect(stdout).toContain("Cold Peace: Washington, Moscow and the Expansion of NATO\nby Daniel R. Ashworth\n");
    expect(stdout).toContain("Chapter I  The Question of Enlargement  [chapter, p. 4, line 31]");
    expect(stdout).toContain("  1.1 Early Assurances  [level 1, p. 4, line 45]");
    expect(stdout).toContain("Chapter II  Partnership and Its Limits  [chapter, p. 6, line 74]");
    expect(stdout).toContain("Footnotes: 6; markers in the text: 6");
    expect(stdout).toContain("Gaps in footnote numbering: 6 (after 5)");
  });

  it("reads a PDF", async () => {
    const { stdout, code } = await importThesis(path.join(directory, "thesis.pdf"));
    expect(code).toBe(0);
    expect(stdout).toContain("thesis.pdf: pdf, 4 pages");
    expect(stdout).toContain("  1.1 Early Assurances  [level 1, p. 2,");
    expect(stdout).toContain("Gaps in footnote numbering: none");
  });

  it("prints the whole structure with --json", async () => {
    const { stdout, code } = await importThesis("--json", path.join(directory, "sample.txt"));
    expect(code).toBe(0);
    const thesis = JSON.parse(stdout) as ParsedThesis;
    expect(thesis.chapters.map((chapter) => chapter.title)).toEqual(["The Question of Enlargement", "Partnership and Its Limits", "Conclusion"]);
    expect(thesis.footnotes).toHaveLength(6);
  });

  it("says what is wrong with bad input on stderr and exits with 1", async () => {
    const cases: [string[], RegExp][] = [
      [[path.join(directory, "scan.pdf")], /looks scanned/],
      [[path.join(directory, "empty.txt")], /The file is empty/],
      [[path.join(directory, "latin1.txt")], /not UTF-8/],
      [[path.join(directory, "missing.pdf")], /no such file/],
      [[], /Usage: npm run thesis:import -- FILE/],
      [["--yaml", path.join(directory, "sample.txt")], /Unknown option: --yaml/],
    ];
    for (const [args, message] of cases) {
      const result = await importThesis(...args);
      expect(result.code, args.join(" ")).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stdout).toBe("");
    }
  });
});
