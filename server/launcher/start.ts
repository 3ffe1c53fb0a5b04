/**
 * `npm start` (production build) and `npm run dev` (`--dev`): everything Stoa needs on one
 * machine, from a fresh clone with nothing configured.
 */
import path from "node:path";
import { config as loadDotenv } from "dotenv";
import { runApp } from "./app";
import { launcherConfig } from "./config";
import { createDatabaseIfMissing, startEmbeddedPostgres, withDatabase } from "./database";
import { Lifecycle } from "./lifecycle";
import { createLog } from "./log";
import { ROOT } from "./processes";
import { loadOrCreateSecret } from "./secret";

const DATA_DIR = path.join(ROOT, ".data");
// Next.js and Prisma's CLI read .env too; reading it here keeps all three in agreement.
loadDotenv({ path: path.join(ROOT, ".env"), quiet: true });
const log = createLog("launcher");
const life = new Lifecycle();
life.exitOnSignals();

try {
  const config = launcherConfig();
  const isEmbedded = config.DATABASE_URL === undefined;
  const databaseUrl = config.DATABASE_URL ?? (await startLocalDatabase(config.EMBEDDED_PG_PORT));
  await runApp(life, {
    mode: process.argv.includes("--dev") ? "development" : "production",
    databaseUrl,
    secret: config.NEXTAUTH_SECRET ?? (await localSecret()),
    port: config.PORT,
    collabPort: config.COLLAB_PORT,
    nextAuthUrl: config.NEXTAUTH_URL,
    collabPublicUrl: config.COLLAB_PUBLIC_URL,
    // The demo instructor has a published password: only seed a database we own, unless asked.
    shouldSeed: config.SEED_DEMO === undefined ? isEmbedded : config.SEED_DEMO === "true",
  });
} catch (error) {
  await life.fail(error);
}

async function startLocalDatabase(port: number): Promise<string> {
  const dataDir = path.join(DATA_DIR, "postgres");
  log(`DATABASE_URL is not set; using the embedded PostgreSQL in ${path.relative(ROOT, dataDir)} on port ${port}`);
  const server = await startEmbeddedPostgres({ dataDir, port, isPersistent: true });
  life.adopt(server.process);
  if (await createDatabaseIfMissing(server.adminUrl, "stoa")) log("created database stoa");
  return withDatabase(server.adminUrl, "stoa");
}

async function localSecret(): Promise<string> {
  const file = path.join(DATA_DIR, "secret");
  const { secret, isNew } = await loadOrCreateSecret(file);
  log(isNew ? `NEXTAUTH_SECRET is not set; generated one in ${path.relative(ROOT, file)}` : `NEXTAUTH_SECRET is not set; using ${path.relative(ROOT, file)}`);
  return secret;
}
