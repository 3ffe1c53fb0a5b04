/**
 * An uploaded thesis file → the text the importer reads: PDF, plain text or Markdown, up to
 * 20 MB. Every way a file can be unusable ends here in an AppError with a message meant for the
 * person who uploaded it: too large (refused before it is read whole), empty, binary, not UTF-8,
 * a damaged or password-protected PDF, or a PDF without a text layer (a scan).
 */
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";
import { AppError } from "@/server/domain/app-error";
import { decodeText } from "@/server/domain/thesis/normalize-text";
import type { ThesisInput } from "@/server/domain/thesis/parse-thesis";
import type { ThesisFormat } from "@/server/domain/thesis/types";
import { extractPdfText } from "./extract-pdf-text";

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

export type UploadSource = {
  fileName: string;
  mimeType?: string | null;
  /** The size the client or the file system declares; checked before a byte is read. */
  size?: number | null;
  /** The bytes, whole or as a stream of chunks (a file, a request body); a stream is read only up to the limit. */
  content: Uint8Array | AsyncIterable<Uint8Array>;
};

export type UploadText = {
  format: ThesisFormat;
  fileName: string;
  byteLength: number;
  /** Of the original bytes: the same file uploaded again has the same hash. */
  sha256: string;
  /** The original file, to be stored beside what is extracted from it. */
  bytes: Uint8Array;
  pageCount: number | null;
  /** What parseThesis takes. */
  input: ThesisInput;
};

const badFile = (message: string) => new AppError("BAD_REQUEST", message, { field: "file" });

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 1024)} MB` : `${Math.ceil(bytes / 1024)} KB`);
const tooLarge = (maxBytes: number) => badFile(`The file is larger than ${sizeText(maxBytes)}. Upload a smaller file (a PDF without embedded images is usually much smaller).`);

async function readBytes(content: UploadSource["content"], maxBytes: number): Promise<Uint8Array> {
  if (content instanceof Uint8Array) {
    if (content.byteLength > maxBytes) throw tooLarge(maxBytes);
    return content;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of content) {
    total += chunk.byteLength;
    // Leaving the loop closes the stream: the rest of an oversized file is never read.
    if (total > maxBytes) throw tooLarge(maxBytes);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);
const isPdf = (bytes: Uint8Array) => new TextDecoder("latin1").decode(bytes.subarray(0, 1024)).includes("%PDF-");

/** What the file is, from its first bytes first and its name or MIME type second. */
function detectFormat(source: UploadSource, bytes: Uint8Array): ThesisFormat {
  const extension = path.extname(source.fileName).toLowerCase();
  const mimeType = (source.mimeType ?? "").toLowerCase();
  if (isPdf(bytes)) return "pdf";
  if (extension === ".pdf" || mimeType === "application/pdf") throw badFile("The file is named as a PDF but is not one (it has no PDF header). It may be damaged.");
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw badFile("This looks like a Word document or another zipped file. Save it as PDF, plain text or Markdown and upload that.");
  if (extension === ".md" || extension === ".markdown" || mimeType === "text/markdown" || mimeType === "text/x-markdown") return "markdown";
  return "text";
}

/** Reads an upload into text the importer can parse, or explains why it cannot. */
export async function readUpload(source: UploadSource, options: { maxBytes?: number } = {}): Promise<UploadText> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  if (source.size !== undefined && source.size !== null && source.size > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readBytes(source.content, maxBytes);
  if (bytes.byteLength === 0) throw badFile("The file is empty.");
  const format = detectFormat(source, bytes);
  const base = { format, fileName: source.fileName, byteLength: bytes.byteLength, sha256: createHash("sha256").update(bytes).digest("hex"), bytes };

  if (format === "pdf") {
    const { pages } = await extractPdfText(bytes);
    if (pages.length === 0) throw badFile("The PDF has no pages.");
    const textPages = pages.filter((page) => page.replace(/\s/g, "").length >= 20).length;
    if (textPages === 0 || textPages < pages.length * 0.2) {
      throw badFile("The PDF has no text layer: it looks scanned. Run it through text recognition (OCR) first, or upload the text itself.");
    }
    return { ...base, pageCount: pages.length, input: { format, pages } };
  }
  const text = decodeText(bytes);
  if (text.trim() === "") throw badFile("The file is empty: it contains only white space.");
  return { ...base, pageCount: text.includes("\f") ? text.split("\f").length : null, input: { format, text } };
}

/** Reads a file from disk (the command line's way in): its size is checked before it is opened. */
export async function readUploadFile(filePath: string, options: { maxBytes?: number } = {}): Promise<UploadText> {
  let size: number;
  try {
    const stats = await stat(filePath);
    if (!stats.isFile()) throw badFile(`${filePath} is not a file.`);
    size = stats.size;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw badFile(`${filePath} cannot be read: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "there is no such file" : String(error)}.`);
  }
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  if (size > maxBytes) throw tooLarge(maxBytes);
  return readUpload({ fileName: path.basename(filePath), size, content: createReadStream(filePath) }, options);
}
