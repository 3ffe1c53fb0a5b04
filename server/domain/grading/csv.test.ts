import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvField, fileSlug, gradebookCsv, rubricDetailCsv, sortableName, toCsv, uniqueTitles } from "@/server/domain/grading/csv";

const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");

/** A strict RFC 4180 reader, to check that what we write reads back as the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let index = 0;
  while (index < text.length) {
    if (text[index] === '"' && field === "") {
      index += 1;
      while (true) {
        if (text[index] === '"' && text[index + 1] === '"') {
          field += '"';
          index += 2;
        } else if (text[index] === '"') {
          index += 1;
          break;
        } else {
          if (index >= text.length) throw new Error("unterminated quote");
          field += text[index];
          index += 1;
        }
      }
    } else if (text[index] === ",") {
      row.push(field);
      field = "";
      index += 1;
    } else if (text.startsWith("\r\n", index)) {
      rows.push([...row, field]);
      row = [];
      field = "";
      index += 2;
    } else {
      if (text[index] === '"' || text[index] === "\n" || text[index] === "\r") throw new Error(`bare ${JSON.stringify(text[index])} at ${index}`);
      field += text[index];
      index += 1;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("last record does not end in CRLF");
  return rows;
}

describe("csvField", () => {
  it("quotes fields with commas, quotes and line breaks, doubling the quotes", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(null)).toBe("");
    expect(csvField("")).toBe("");
  });

  it("keeps text a spreadsheet would run as a formula as text, but not our numbers", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+44 20")).toBe("'+44 20");
    expect(csvField("-2")).toBe("'-2");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\t=1")).toBe("'\t=1");
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField("a=b")).toBe("a=b");
    expect(csvField(-5)).toBe("-5");
    expect(csvField(-0)).toBe("0");
    expect(csvField(70.5)).toBe("70.5");
    expect(csvField(Number.NaN)).toBe("");
  });
});

describe("toCsv", () => {
  it("ends every record in CRLF and reads back as the same cells", () => {
    const rows = [
      ["Student", "Comment"],
      ["Lovelace, Ada", 'Wrote "well"\non two lines'],
      ["Ørsted, Zoë", ""],
    ];
    const text = toCsv(rows);
    expect(text.endsWith("\r\n")).toBe(true);
    expect(text.split("\r\n")).toHaveLength(4);
    expect(parseCsv(text)).toEqual(rows);
    expect(toCsv(rows, { withBom: true })).toBe(`\uFEFF${text}`);
  });
});

describe("sortableName and uniqueTitles", () => {
  it("puts the last word first, as Canvas lists students", () => {
    expect(sortableName("Ada Lovelace")).toBe("Lovelace, Ada");
    expect(sortableName("  Mary   Ann  Evans ")).toBe("Evans, Mary Ann");
    expect(sortableName("Plato")).toBe("Plato");
    expect(sortableName("")).toBe("");
  });

  it("numbers repeated column titles, whatever their case", () => {
    expect(uniqueTitles(["Opening", "Closing", "opening", "Opening"])).toEqual(["Opening", "Closing", "opening (2)", "Opening (3)"]);
  });
});

describe("gradebookCsv", () => {
  it("writes Canvas's import layout: header, Points Possible, one row per student, empty cells where ungraded", () => {
    const items = [
      { key: "round-1", title: "Kosovo 1999: Opening", pointsPossible: 100 },
      { key: "hostile", title: '=HYPERLINK("http://evil.test")', pointsPossible: 50 },
      { key: "round-2", title: "Kosovo 1999: Opening", pointsPossible: 100 },
      { key: "thread", title: "Seminar: Was it power, or ideas?", pointsPossible: 20 },
    ];
    const students = [
      { id: "u1", name: "Ada Lovelace", sisUserId: null, section: null, scores: new Map([["round-1", 70.5], ["hostile", 45], ["thread", 18]]) },
      { id: "u2", name: 'Zoë "Zed" Ørsted', sisUserId: null, section: null, scores: new Map([["round-1", 65], ["round-2", -0]]) },
      { id: "u3", name: "@admin", sisUserId: null, section: null, scores: new Map<string, number>() },
    ];
    const csv = gradebookCsv(items, students);
    expect(csv).toBe(fixture("gradebook.csv"));
    expect(csv.startsWith("Student,")).toBe(true);
    const [header, pointsPossible] = parseCsv(csv);
    expect(header!.slice(0, 4)).toEqual(["Student", "ID", "SIS User ID", "Section"]);
    expect(pointsPossible).toEqual(["Points Possible", "", "", "", "100", "50", "100", "20"]);
  });
});

describe("rubricDetailCsv", () => {
  it("writes one row per student and criterion, with a byte order mark for spreadsheets", () => {
    const csv = rubricDetailCsv([
      { studentName: "Ada Lovelace", studentId: "u1", item: "Kosovo 1999: Opening", kind: "debate", rubric: "Argument rubric (v1)", criterion: "Accuracy", level: "Proficient", points: 45, pointsPossible: 60, comment: "=too clever" },
      { studentName: "Ada Lovelace", studentId: "u1", item: "Kosovo 1999: Opening", kind: "debate", rubric: "Argument rubric (v1)", criterion: "Individual adjustment", level: null, points: -5, pointsPossible: null, comment: "" },
    ]);
    expect(csv.startsWith("\uFEFFStudent,ID,Item,Type,Rubric,Criterion,Level,Points,Points Possible,Comment\r\n")).toBe(true);
    expect(parseCsv(csv.slice(1)).slice(1)).toEqual([
      ["Lovelace, Ada", "u1", "Kosovo 1999: Opening", "Debate", "Argument rubric (v1)", "Accuracy", "Proficient", "45", "60", "'=too clever"],
      ["Lovelace, Ada", "u1", "Kosovo 1999: Opening", "Debate", "Argument rubric (v1)", "Individual adjustment", "", "-5", "", ""],
    ]);
  });
});

describe("fileSlug", () => {
  it("makes a file name out of any title", () => {
    expect(fileSlug("US–Russian Relations after the Cold War")).toBe("us-russian-relations-after-the-cold-war");
    expect(fileSlug("Café: Séance 1")).toBe("cafe-seance-1");
    expect(fileSlug("../../etc/passwd")).toBe("etc-passwd");
    expect(fileSlug("«»")).toBe("course");
    expect(fileSlug("x".repeat(100))).toHaveLength(60);
  });
});
