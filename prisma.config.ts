import path from "node:path";
import "dotenv/config";
import { defineConfig } from "prisma/config";

// Prisma's native schema engine is downloaded on demand, and that host is unreachable offline;
// our stand-in runs Prisma's own WebAssembly engine over the same stdio protocol.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve(import.meta.dirname, "prisma/schema-engine-wasm.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  // `prisma generate` needs no database; commands that do get DATABASE_URL from the launcher.
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/stoa" },
});
