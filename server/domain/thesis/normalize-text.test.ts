import { describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/app-error";
import { appendLine, decodeText, joinPages, normalizeText, repairSplitOrdinals, toSourceLines } from "./normalize-text";

const encode = (text: string) => new TextEncoder().encode(text);
const lines = (text: string) => toSourceLines(text).lines;

describe("decodeText", () => {
  it("reads UTF-8 and drops a byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...encode("Détente")]))).toBe("Détente");
  });

  it("reads UTF-16 in either byte order when it starts with its byte-order mark", () => {
    const littleEndian = new Uint8Array([0xff, 0xfe, 0x4e, 0x00, 0x41, 0x00, 0x54, 0x00, 0x4f, 0x00]);
    const bigEndian = new Uint8Array([0xfe, 0xff, 0x00, 0x4e, 0x00, 0x41, 0x00, 0x54, 0x00, 0x4f]);
    expect(decodeText(littleEndian)).toBe("NATO");
    expect(decodeText(bigEndian)).toBe("NATO");
  });

  it("refuses text that is not UTF-8 and says where the first bad byte is", () => {
    // "Détente" in Windows-1252: é is the single byte 0xE9.
    const latin1 = new Uint8Array([0x44, 0xe9, 0x74, 0x65, 0x6e, 0x74, 0x65]);
    expect(() => decodeText(latin1)).toThrow(AppError);
    expect(() => decodeText(latin1)).toThrow(/not UTF-8 text.*offset 1/);
  });

  it("refuses binary data but tolerates a few NUL bytes in text", () => {
    const garbage = Uint8Array.from({ length: 2000 }, (_, index) => (index * 7919) % 256);
    expect(() => decodeText(garbage)).toThrow(/binary data/);
    const text = encode(`${"The Kremlin objected. ".repeat(50)}\u0000 More text.`);
    expect(decodeText(text)).toContain("The Kremlin objected.");
  });
});

describe("normalizeText", () => {
  it("turns Windows line endings, a BOM, NUL bytes, ligatures and odd spaces into plain text", () => {
    const raw = "\uFEFFThe ﬁrst con\u0000ference\r\nended in Helsinki.\u00A0 \r\n\tIndented\r\n";
    expect(normalizeText(raw)).toBe("The first conference\nended in Helsinki.\n    Indented\n");
  });

  it("keeps form feeds (page breaks) and lines made only of spaces (footnote rules)", () => {
    expect(normalizeText("page one\n\fpage two\n     \n1 Note.")).toBe("page one\n\fpage two\n     \n1 Note.");
  });
});

describe("toSourceLines", () => {
  it("numbers lines as the text has them and pages by form feeds", () => {
    const result = toSourceLines(joinPages(["First page\nsecond line\n", "Second page\n"]));
    expect(result.pageCount).toBe(2);
    expect(result.lines.map((line) => [line.text, line.page, line.line])).toEqual([
      ["First page", 1, 1],
      ["second line", 1, 2],
      ["Second page", 2, 3],
      ["", 2, 4],
    ]);
  });

  it("gives no page to text without page breaks", () => {
    expect(lines("One\nTwo").map((line) => line.page)).toEqual([null, null]);
  });

  it("marks rules of underscores or spaces", () => {
    expect(lines("text\n_____________\n      \n").map((line) => line.isRule)).toEqual([false, true, true, false]);
  });
});

describe("repairSplitOrdinals", () => {
  it('puts "the 20" / "th" / "century" back together', () => {
    const repaired = repairSplitOrdinals(lines("disputes that belonged to the 20\nth\ncentury and not to ours."));
    expect(repaired.map((line) => line.text)).toEqual(["disputes that belonged to the 20th", "century and not to ours."]);
    // The rest of the printed line is marked, so it is not mistaken for a short last line.
    expect(repaired[1]!.printedLength).toBe("disputes that belonged to the 20th".length + 1 + "century and not to ours.".length);
  });

  it("handles a suffix that starts the next line with text after it", () => {
    expect(repairSplitOrdinals(lines("the 2\nnd round of talks")).map((line) => line.text)).toEqual(["the 2nd", "round of talks"]);
  });

  it("leaves a suffix alone when it is not the right one for the number (a marker, say)", () => {
    expect(repairSplitOrdinals(lines("expansion 12\nst\nthing")).map((line) => line.text)).toEqual(["expansion 12", "st", "thing"]);
  });
});

describe("appendLine", () => {
  it("undoes end-of-line hyphenation", () => {
    expect(appendLine("the negotiations were inter-", "rupted twice")).toBe("the negotiations were interrupted twice");
  });

  it("keeps the hyphen of compounds", () => {
    expect(appendLine("the post-", "Soviet space")).toBe("the post-Soviet space");
    expect(appendLine("the non-", "proliferation regime")).toBe("the non-proliferation regime");
    expect(appendLine("the Soviet-", "era reflexes")).toBe("the Soviet-era reflexes");
  });

  it("joins plain lines with a space and a soft hyphen without one", () => {
    expect(appendLine("Moscow and", "Washington")).toBe("Moscow and Washington");
    expect(appendLine("nego\u00AD", "tiation")).toBe("negotiation");
  });
});
