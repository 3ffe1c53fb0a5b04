import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/server/domain/app-error";
import { thesisPdfPages } from "@/server/domain/thesis/fixtures/pdf-thesis";
import { writePdf } from "@/server/domain/thesis/fixtures/write-pdf";
import { parseThesis } from "@/server/domain/thesis/parse-thesis";
import { MAX_UPLOAD_BYTES, readUpload, readUploadFile } from "./read-upload";

const encode = (text: string) => new TextEncoder().encode(text);
const upload = (fileName: string, content: Uint8Array, mimeType: string | null = null) => readUpload({ fileName, mimeType, size: content.byteLength, content });

async function* chunks(count: number, size: number, pulled: { count: number }): AsyncGenerator<Uint8Array> {
  for (let index = 0; index < count; index++) {
    pulled.count++;
    yield new Uint8Array(size).fill(0x61);
  }
}

describe("readUpload", () => {
  it("reads a PDF into pages the importer parses, whatever the file is called", async () => {
    const bytes = writePdf(thesisPdfPages);
    const result = await upload("thesis-final (2).bin", bytes);
    expect(result.format).toBe("pdf");
    expect(result.pageCount).toBe(4);
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect((await upload("again.pdf", bytes)).sha256).toBe(result.sha256);
    expect(parseThesis(result.input).chapters.map((chapter) => chapter.title)).toEqual(["The Question of Enlargement", "Conclusion"]);
  });

  it("says a PDF without a text layer looks scanned", async () => {
    const scanned = writePdf([{ lines: [] }, { lines: [] }, { lines: [] }]);
    await expect(upload("scan.pdf", scanned)).rejects.toThrow(/no text layer: it looks scanned/);
  });

  it("says a damaged PDF, or a file only named like one, cannot be read", async () => {
    await expect(upload("thesis.pdf", encode("%PDF-1.7\nthis is not the rest of a PDF"))).rejects.toThrow(/could not be read as a PDF/);
    await expect(upload("thesis.pdf", encode("Just some text in a file called .pdf"))).rejects.toThrow(/named as a PDF but is not one/);
  });

  it("refuses a file larger than 20 MB from its declared size, before reading any of it", async () => {
    const unread: AsyncIterable<Uint8Array> = {
      [Symbol.asyncIterator]: () => {
        throw new Error("the content was read");
      },
    };
    await expect(readUpload({ fileName: "huge.pdf", size: MAX_UPLOAD_BYTES + 1, content: unread })).rejects.toThrow(/larger than 20 MB/);
  });

  it("stops reading a stream as soon as it passes the limit, when no size was declared", async () => {
    const pulled = { count: 0 };
    const reading = readUpload({ fileName: "stream.txt", content: chunks(100, 1024, pulled) }, { maxBytes: 4096 });
    await expect(reading).rejects.toThrow(AppError);
    expect(pulled.count).toBe(5);
  });

  it("refuses empty files and files of only white space", async () => {
    await expect(upload("empty.txt", new Uint8Array())).rejects.toThrow("The file is empty.");
    await expect(upload("blank.md", encode(" \n\r\n\t \f"))).rejects.toThrow(/only white space/);
  });

  it("refuses binary garbage and zipped documents with a clear message", async () => {
    const garbage = Uint8Array.from({ length: 4096 }, (_, index) => (index * 2654435761) >>> 24);
    await expect(upload("notes.txt", garbage)).rejects.toThrow(/binary data/);
    await expect(upload("thesis.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).rejects.toThrow(/Word document/);
  });

  it("refuses text that is not UTF-8, and reads UTF-16 with a byte-order mark", async () => {
    const windows1252 = new Uint8Array([...encode("Chapter I\n\nD"), 0xe9, ...encode("tente")]);
    await expect(upload("thesis.txt", windows1252)).rejects.toThrow(/not UTF-8 text \(the first byte that is not valid UTF-8 is at offset 12\)/);
    const utf16 = new Uint8Array([0xff, 0xfe, ...[..."Détente"].flatMap((character) => [character.charCodeAt(0), 0])]);
    const result = await upload("thesis.txt", utf16);
    expect(result.input).toEqual({ format: "text", text: "Détente" });
  });

  it("tells Markdown from plain text by name or type, and keeps page breaks in text", async () => {
    expect((await upload("thesis.md", encode("# Title\n\nText."))).format).toBe("markdown");
    expect((await upload("thesis", encode("# Title"), "text/markdown")).format).toBe("markdown");
    const text = await upload("thesis.txt", encode("Page one.\n\fPage two.\n"));
    expect([text.format, text.pageCount]).toEqual(["text", 2]);
  });
});

describe("readUploadFile", () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(path.join(tmpdir(), "stoa-thesis-"));
  });
  afterAll(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("reads a file from disk", async () => {
    const file = path.join(directory, "thesis.txt");
    await writeFile(file, "Chapter I\r\n\r\nOrigins\r\n\r\nText.\r\n");
    const result = await readUploadFile(file);
    expect([result.fileName, result.format, result.byteLength]).toEqual(["thesis.txt", "text", 31]);
  });

  it("refuses a file over the limit from its size on disk, and a missing file", async () => {
    const file = path.join(directory, "big.txt");
    await writeFile(file, "x".repeat(5000));
    await expect(readUploadFile(file, { maxBytes: 4096 })).rejects.toThrow(/larger than 4 KB/);
    await expect(readUploadFile(path.join(directory, "missing.pdf"))).rejects.toThrow(/there is no such file/);
  });
});
