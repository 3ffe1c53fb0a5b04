import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/prisma/generated/client";
import { env } from "@/server/env";

export type Db = PrismaClient;

export function createDb(connectionString: string): Db {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
}

// One client per process; dev hot reload would otherwise open a new pool per edit.
const globalForDb = globalThis as unknown as { stoaDb?: Db };

export function db(): Db {
  globalForDb.stoaDb ??= createDb(env().DATABASE_URL);
  return globalForDb.stoaDb;
}
