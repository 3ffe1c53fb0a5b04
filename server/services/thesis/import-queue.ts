/**
 * Hands an import to the worker through pg-boss. The web process only sends: no supervision or
 * schedules of its own. If the queue cannot be reached the import stays QUEUED (visible in
 * thesis.importStatus) rather than failing the upload that was already stored.
 */
import PgBoss from "pg-boss";
import { env } from "@/server/env";

export const thesisImportQueue = "thesis-import";

export type ThesisImportJob = { importId: string };

let sender: Promise<PgBoss> | undefined;

async function startSender() {
  const boss = new PgBoss({ connectionString: env().DATABASE_URL, schema: "pgboss", supervise: false, schedule: false, max: 2 });
  boss.on("error", (error) => console.error("[thesis] pg-boss:", error));
  await boss.start();
  await boss.createQueue(thesisImportQueue);
  return boss;
}

export type EnqueueImport = (importId: string) => Promise<void>;

export const enqueueThesisImport: EnqueueImport = async (importId) => {
  try {
    sender ??= startSender();
    await (await sender).send(thesisImportQueue, { importId } satisfies ThesisImportJob, { singletonKey: importId });
  } catch (error) {
    sender = undefined;
    console.error(`[thesis] could not queue import ${importId}; it stays QUEUED:`, error);
  }
};
