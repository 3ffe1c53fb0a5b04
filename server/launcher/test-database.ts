import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { launcherConfig } from "./config";
import { canConnect, createDatabaseIfMissing, dropDatabase, migrateDatabase, startEmbeddedPostgres, uniqueDatabaseName, withDatabase } from "./database";
import { createLog } from "./log";

export type TestDatabase = { url: string; name: string; dispose(): Promise<void> };

type TestServer = { adminUrl: string; stop(): Promise<unknown> };

// The machine's own PostgreSQL on dev machines and in CI.
const DEFAULT_SERVER_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

const log = createLog("test-db");

/**
 * A fresh, migrated database that only this run uses (vitest, the e2e server), so tests never
 * touch development data. `dispose` drops it.
 */
export async function createTestDatabase(prefix: string): Promise<TestDatabase> {
  const server = await testServer(launcherConfig().TEST_DATABASE_URL);
  const name = uniqueDatabaseName(prefix);
  const dispose = async () => {
    try {
      await dropDatabase(server.adminUrl, name);
    } finally {
      await server.stop();
    }
  };
  try {
    await createDatabaseIfMissing(server.adminUrl, name);
    const url = withDatabase(server.adminUrl, name);
    await migrateDatabase(url);
    return { url, name, dispose };
  } catch (error) {
    await dispose();
    throw error;
  }
}

/** TEST_DATABASE_URL if set; else the local server; else an embedded one in a temporary directory. */
async function testServer(explicitUrl: string | undefined): Promise<TestServer> {
  const adminUrl = explicitUrl ?? DEFAULT_SERVER_URL;
  if (await canConnect(adminUrl)) return { adminUrl, stop: async () => undefined };
  // A server someone named explicitly should not be silently replaced.
  if (explicitUrl) throw new Error("TEST_DATABASE_URL is set but no PostgreSQL accepts it");

  log(`no PostgreSQL at ${DEFAULT_SERVER_URL}; starting an embedded one for this run`);
  const dataDir = await mkdtemp(path.join(tmpdir(), "stoa-test-postgres-"));
  const embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), isPersistent: false });
  return { adminUrl: embedded.adminUrl, stop: () => embedded.process.stop() };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}
