import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname) },
  },
  test: {
    environment: "node",
    include: ["server/**/*.test.ts", "prisma/**/*.test.ts", "components/**/*.test.ts"],
    // A fresh PostgreSQL database for the run (never the development one); see the setup file.
    globalSetup: ["server/launcher/vitest-global-setup.ts"],
    setupFiles: ["server/launcher/vitest-env.ts"],
    env: {
      NODE_ENV: "test",
      NEXTAUTH_SECRET: "vitest-secret-that-is-at-least-32-characters-long",
      NEXTAUTH_URL: "http://localhost:3000",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    // The tests share one database: files run one after another, in one worker.
    pool: "forks",
    fileParallelism: false,
    testTimeout: 15_000,
    hookTimeout: 60_000,
  },
});
