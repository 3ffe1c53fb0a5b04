import { env } from "@/server/env";
import { ticketAuthenticator } from "./access";
import { createCollabServer } from "./server";

// The collab server process: `tsx server/collab/main.ts`, started by the launcher beside Next.
const { COLLAB_PORT, NEXTAUTH_SECRET } = env();
const server = createCollabServer({ authenticate: ticketAuthenticator({ secret: NEXTAUTH_SECRET }) });
const port = await server.listen(COLLAB_PORT);
console.log(`collaboration server listening on port ${port}`);

let isStopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (isStopping) return;
    isStopping = true;
    console.log(`${signal}: closing connections`);
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("shutdown failed", error);
        process.exit(1);
      },
    );
  });
}
