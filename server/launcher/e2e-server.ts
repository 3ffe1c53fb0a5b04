import { randomBytes } from "node:crypto";
import { runApp } from "./app";
import { E2E_COLLAB_PORT, E2E_PORT } from "./e2e-ports";
import { Lifecycle } from "./lifecycle";
import { createLog } from "./log";
import { createTestDatabase } from "./test-database";

/**
 * The server Playwright starts (e2e/playwright.config.ts): the production build on its own
 * fresh, seeded database, which is dropped when Playwright stops this process.
 */
const log = createLog("e2e");
const life = new Lifecycle();
life.exitOnSignals();

try {
  const database = await createTestDatabase("stoa_e2e");
  life.defer(`drop ${database.name}`, () => database.dispose());
  log(`using the fresh database ${database.name}`);

  await runApp(life, {
    mode: "production",
    databaseUrl: database.url,
    // Sessions need not outlive one run.
    secret: randomBytes(32).toString("base64url"),
    port: E2E_PORT,
    collabPort: E2E_COLLAB_PORT,
    shouldSeed: true,
  });
} catch (error) {
  await life.fail(error);
}
