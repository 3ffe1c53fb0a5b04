import { existsSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";
import { MIGRATE } from "./database";
import type { Lifecycle } from "./lifecycle";
import { createLog } from "./log";
import { bin, ROOT, typescriptEntry } from "./processes";

export type AppOptions = {
  mode: "production" | "development";
  databaseUrl: string;
  secret: string;
  port: number;
  collabPort: number;
  nextAuthUrl?: string;
  collabPublicUrl?: string;
  shouldSeed: boolean;
};

const log = createLog("launcher");

/** The environment every child sees: the app's server/env.ts reads exactly these. */
function appEnv(options: AppOptions): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    NEXTAUTH_SECRET: options.secret,
    NEXTAUTH_URL: options.nextAuthUrl ?? `http://localhost:${options.port}`,
    COLLAB_PORT: String(options.collabPort),
    COLLAB_PUBLIC_URL: options.collabPublicUrl ?? `ws://localhost:${options.collabPort}`,
    PORT: String(options.port),
    NEXT_TELEMETRY_DISABLED: "1",
    // Children write into pipes, not the terminal; keep their colours when we have a terminal.
    ...(process.stdout.isTTY && !("NO_COLOR" in process.env) ? { FORCE_COLOR: "1" } : {}),
  };
}

/** Migrate, seed, build when needed, then run Next, the collab server and the job worker until stopped. */
export async function runApp(life: Lifecycle, options: AppOptions): Promise<void> {
  const env = appEnv(options);
  const isProduction = options.mode === "production";

  await life.step("migrate", MIGRATE, { env });
  if (options.shouldSeed) await life.step("seed", typescriptEntry("prisma/seed/seed.ts"), { env });
  if (isProduction && !hasProductionBuild()) {
    log("no production build yet; building (later starts skip this; `npm run build` rebuilds)");
    // Without the database and secrets, as `npm run build` does: a build must not depend on data.
    await life.step("build", [bin("next"), ["build"]], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  }

  // In development the TypeScript processes restart when their code changes.
  const serverProcess = (entry: string): [string, string[]] =>
    isProduction ? typescriptEntry(entry) : [bin("tsx"), ["watch", "--clear-screen=false", entry]];
  life.service("collab", serverProcess("server/collab/main.ts"), { env });
  life.service("worker", serverProcess("server/jobs/worker.ts"), { env });
  // Next's pages behind the web server's own tRPC handler (server/web/main.ts reads PORT).
  const [command, args] = serverProcess("server/web/main.ts");
  life.service("web", [command, isProduction ? args : [...args, "--dev"]], { env: { ...env, NODE_ENV: isProduction ? "production" : "development" } });

  await Promise.all([waitForPort(options.port), waitForPort(options.collabPort)]);
  // e2e/playwright.config.ts waits for this line.
  if (!life.isStopping) log(`Stoa is running at ${env.NEXTAUTH_URL} (collaboration on port ${options.collabPort}); Ctrl-C stops it`);
}

/** A failed build leaves BUILD_ID behind; the prerender manifest is written only at the end. */
function hasProductionBuild(): boolean {
  return ["BUILD_ID", "prerender-manifest.json"].every((file) => existsSync(path.join(ROOT, process.env.NEXT_DIST_DIR ?? ".next", file)));
}

async function waitForPort(port: number): Promise<void> {
  for (;;) {
    const isOpen = await new Promise<boolean>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (isOpen) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
