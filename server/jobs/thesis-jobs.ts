import type { Db } from "@/server/db";
import { importThesisNow } from "@/server/services/thesis/import-thesis";
import type { ThesisImportJob } from "@/server/services/thesis/import-queue";

export { thesisImportQueue, type ThesisImportJob } from "@/server/services/thesis/import-queue";

/** One uploaded thesis file → its structure; a bad file ends the import FAILED, not the job. */
export async function runThesisImport(db: Db, job: ThesisImportJob) {
  return importThesisNow(db, job.importId);
}
