import type { Db } from "@/server/db";
import { AppError, notFound } from "@/server/domain/app-error";
import type { EnqueueImport } from "./import-queue";
import { MAX_UPLOAD_BYTES, readUpload } from "./read-upload";

/** The longest base64 text that can hold MAX_UPLOAD_BYTES, checked before anything is decoded. */
export const MAX_UPLOAD_BASE64_LENGTH = Math.ceil(MAX_UPLOAD_BYTES / 3) * 4;

export type ThesisUpload = {
  courseId: string;
  createdById: string;
  /** Re-import into this thesis (its excerpts keep their anchors); null makes a new thesis. */
  thesisId: string | null;
  fileName: string;
  mimeType: string | null;
  contentBase64: string;
};

const isBase64 = (value: string) => value.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(value);

/**
 * Checks the file (every unusable file is refused here, with nothing stored), stores the original
 * and a QUEUED import, and hands it to the worker.
 */
export async function uploadThesis(db: Db, input: ThesisUpload, enqueue: EnqueueImport) {
  if (input.contentBase64.length > MAX_UPLOAD_BASE64_LENGTH) throw new AppError("BAD_REQUEST", "The file is larger than 20 MB. Upload a smaller file.", { field: "file" });
  if (!isBase64(input.contentBase64)) throw new AppError("BAD_REQUEST", "The upload is damaged (its content is not valid base64). Try again.", { field: "file" });
  if (input.thesisId) {
    const thesis = await db.thesis.findFirst({ where: { id: input.thesisId, courseId: input.courseId }, select: { id: true } });
    if (!thesis) throw notFound("Thesis");
  }
  const bytes = new Uint8Array(Buffer.from(input.contentBase64, "base64"));
  const upload = await readUpload({ fileName: input.fileName, mimeType: input.mimeType, size: bytes.byteLength, content: bytes });
  const created = await db.thesisImport.create({
    data: {
      courseId: input.courseId,
      thesisId: input.thesisId,
      fileName: upload.fileName,
      format: upload.format,
      byteLength: upload.byteLength,
      sha256: upload.sha256,
      pageCount: upload.pageCount,
      content: new Uint8Array(upload.bytes),
      createdById: input.createdById,
    },
    select: { id: true, status: true, progress: true, fileName: true, format: true, byteLength: true, pageCount: true },
  });
  await enqueue(created.id);
  return created;
}
