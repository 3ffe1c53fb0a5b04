import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_PORT } from "../server/launcher/e2e-ports";

// Browsers cannot be downloaded on every machine: use the system Chromium when there is one,
// otherwise the browser from `npx playwright install chromium`.
const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const isCI = Boolean(process.env.CI);

export default defineConfig({
  // Paths here are relative to this file: the specs live beside it in e2e/.
  testDir: ".",
  outputDir: "../test-results",
  workers: isCI ? 1 : 2,
  retries: isCI ? 1 : 0,
  reporter: "list",
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "on-first-retry",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: existsSync(chromiumPath) ? chromiumPath : undefined,
          // Without the background-networking flags Chromium floods a closed network with
          // connection attempts.
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
          ],
        },
      },
    },
  ],
  webServer: {
    // The production build on a fresh database of its own, seeded and dropped afterwards.
    command: "node --import tsx server/launcher/e2e-server.ts",
    cwd: "..",
    wait: { stdout: /Stoa is running/ },
    stdout: "pipe",
    // Includes a production build when there is none yet.
    timeout: 300_000,
    reuseExistingServer: false,
    // The default is SIGKILL, which would leave the database behind; the launcher needs
    // SIGTERM to stop the app, drop the database and stop PostgreSQL.
    gracefulShutdown: { signal: "SIGTERM", timeout: 30_000 },
  },
});
