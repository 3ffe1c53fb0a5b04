/** `tsx prisma/seed/seed.ts`: seeds the demo course into the database at DATABASE_URL. */
import { createDb } from "@/server/db";
import { env } from "@/server/env";
import { seedDemo } from "./seed-demo";

const db = createDb(env().DATABASE_URL);
try {
  const { created } = await seedDemo(db);
  console.log(created ? "Seeded the demo course." : "Demo course already present; accounts checked.");
} finally {
  await db.$disconnect();
}
