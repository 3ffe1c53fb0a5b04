/**
 * A course's thesis imported from the short synthetic sample (server/domain/thesis/fixtures), for
 * tests that need a library to read: the import runs synchronously, as the worker would run it.
 */
import { joinPages } from "@/server/domain/thesis/normalize-text";
import { samplePages } from "@/server/domain/thesis/fixtures/sample-pages";
import type { SessionUser } from "@/server/api/trpc";
import { testDb } from "@/server/testing/world";
import { importThesisNow } from "../import-thesis";
import { uploadThesis } from "../upload-thesis";

export const sampleThesisText = joinPages(samplePages);

export const toBase64 = (text: string | Uint8Array) => Buffer.from(text).toString("base64");

const noQueue = async () => {};

/** Uploads and imports `text` (the sample thesis by default); returns ids to read it with. */
export async function makeImportedThesis(world: { course: { id: string }; instructor: SessionUser }, text = sampleThesisText, thesisId: string | null = null) {
  const db = testDb();
  const upload = await uploadThesis(
    db,
    { courseId: world.course.id, createdById: world.instructor.id, thesisId, fileName: "cold-peace.txt", mimeType: "text/plain", contentBase64: toBase64(text) },
    noQueue,
  );
  const result = await importThesisNow(db, upload.id);
  if (result.status !== "DONE" || !result.thesisId) throw new Error(`The sample thesis did not import: ${result.status}`);
  const section = await db.thesisSection.findFirstOrThrow({ where: { thesisId: result.thesisId, paragraphs: { some: {} } }, orderBy: { order: "asc" }, select: { id: true, chapterId: true } });
  const paragraph = await db.thesisParagraph.findFirstOrThrow({ where: { sectionId: section.id }, orderBy: { order: "asc" }, select: { anchor: true, text: true } });
  return { importId: upload.id, thesisId: result.thesisId, chapterId: section.chapterId, sectionId: section.id, anchor: paragraph.anchor, paragraphText: paragraph.text };
}
