import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * The NEXTAUTH_SECRET for a machine that did not set one: made once and kept, because a new
 * secret on every start would sign everybody out.
 */
export async function loadOrCreateSecret(file: string): Promise<{ secret: string; isNew: boolean }> {
  const existing = await readFile(file, "utf8").catch(() => undefined);
  if (existing?.trim()) return { secret: existing.trim(), isNew: false };

  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return { secret, isNew: true };
}
