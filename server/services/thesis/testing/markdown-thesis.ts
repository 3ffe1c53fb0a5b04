/** Imports a Markdown thesis into a test course synchronously, as the worker would. */
import type { SessionUser } from "@/server/api/trpc";
import { testDb } from "@/server/testing/world";
import { importThesisNow } from "../import-thesis";
import { uploadThesis } from "../upload-thesis";
import { toBase64 } from "./thesis-world";

export async function importMarkdownThesis(world: { course: { id: string }; instructor: SessionUser }, markdown: string, fileName = "thesis.md") {
  const db = testDb();
  const upload = await uploadThesis(
    db,
    { courseId: world.course.id, createdById: world.instructor.id, thesisId: null, fileName, mimeType: "text/markdown", contentBase64: toBase64(markdown) },
    async () => {},
  );
  const result = await importThesisNow(db, upload.id);
  if (result.status !== "DONE" || !result.thesisId) {
    throw new Error(`The Markdown thesis did not import: ${(await db.thesisImport.findUnique({ where: { id: upload.id }, select: { error: true } }))?.error}`);
  }
  return { importId: upload.id, thesisId: result.thesisId };
}
