import { hostname } from "node:os";
import pg from "pg";
import { createDb } from "@/server/db";
import { env } from "@/server/env";
import { ticketAuthenticator } from "./access";
import { databaseAuthorizer } from "./database-access";
import { singleProcessFanOut } from "./fan-out";
import { createPostgresStore } from "./postgres-store";
import { createRedisFanOut } from "./redis-fan-out";
import { courseRoundEvents } from "./round-events";
import { createCollabServer } from "./server";

// The collab server process: `tsx server/collab/main.ts`, started by the launcher beside Next.
// Documents live in PostgreSQL; with REDIS_URL, several of these processes share documents.
const { COLLAB_PORT, NEXTAUTH_SECRET, DATABASE_URL, REDIS_URL } = env();
const log = (message: string) => console.log(message);
const db = createDb(DATABASE_URL);
// Appends go through a small pool of their own (see postgres-store.ts).
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 2 });
// An idle connection dropped by the server (a PostgreSQL restart) is reported here, not thrown.
pool.on("error", (error) => log(`database pool: ${error.message}`));
const store = createPostgresStore(db, pool, { log });
const fanOut = REDIS_URL ? createRedisFanOut(REDIS_URL, log, { name: `${hostname()}:${process.pid}` }) : singleProcessFanOut;
const server = createCollabServer({
  authenticate: ticketAuthenticator({ secret: NEXTAUTH_SECRET }),
  authorize: databaseAuthorizer(db),
  store,
  fanOut,
  roundEvents: courseRoundEvents(DATABASE_URL, log),
  log,
});
const port = await server.listen(COLLAB_PORT);
console.log(`collaboration server listening on port ${port}${REDIS_URL ? " (sharing documents through Redis)" : ""}`);

let isStopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (isStopping) return;
    isStopping = true;
    console.log(`${signal}: closing connections`);
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("shutdown failed", error);
        process.exit(1);
      },
    );
  });
}

async function stop(): Promise<void> {
  // Rooms hand their last updates to the store before the store's final flush.
  await server.close();
  await store.close();
  await fanOut.close();
  await pool.end();
  await db.$disconnect();
}
