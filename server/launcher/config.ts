import { z } from "zod";

// An empty variable (`DATABASE_URL= npm start`) means "not set", as it does for most tools.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
const port = (fallback: number) => optional(z.coerce.number().int().min(1).max(65535)).transform((value) => value ?? fallback);

/**
 * The launcher's own reading of the environment (server/env.ts is the app's). Everything here
 * has a default, so `npm start` works on a fresh clone with nothing set.
 */
const schema = z.object({
  PORT: port(3000),
  COLLAB_PORT: port(1234),
  EMBEDDED_PG_PORT: port(54329),
  DATABASE_URL: optional(z.url()),
  NEXTAUTH_SECRET: optional(z.string().min(32, "NEXTAUTH_SECRET must be at least 32 characters")),
  NEXTAUTH_URL: optional(z.url()),
  COLLAB_PUBLIC_URL: optional(z.string()),
  SEED_DEMO: optional(z.enum(["true", "false"])),
  TEST_DATABASE_URL: optional(z.url()),
});

export type LauncherConfig = z.infer<typeof schema>;

export function launcherConfig(): LauncherConfig {
  const parsed = schema.safeParse(process.env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment:\n  ${problems.join("\n  ")}`);
}
