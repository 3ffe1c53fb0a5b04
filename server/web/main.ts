import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { db } from "@/server/db";
import { createTrpcHttpHandler, isTrpcRequest } from "./trpc-http";

// The web process: `node --import tsx server/web/main.ts [--dev]`, started by the launcher.
// tRPC is answered here (see trpc-http.ts); pages, assets and every other route by Next.
const isDev = process.argv.includes("--dev");
const port = Number(process.env.PORT ?? 3000);

// Next needs a hostname and port to build absolute URLs for proxy.ts; the server listens on all interfaces.
const app = next({ dev: isDev, dir: path.resolve(import.meta.dirname, "../.."), hostname: "localhost", port });
const handleNext = app.getRequestHandler();
await app.prepare();

const handleTrpc = createTrpcHttpHandler({ db });
const server = createServer((request, response) => {
  if (isTrpcRequest(request.url)) return handleTrpc(request, response);
  void handleNext(request, response);
});
// Development's hot reload talks over a websocket on this port.
if (isDev) {
  const handleUpgrade = app.getUpgradeHandler();
  server.on("upgrade", (request, socket, head) => void handleUpgrade(request, socket, head));
}
// Node's default (5 s) can close a keep-alive connection just as a proxy reuses it.
server.keepAliveTimeout = 65_000;

await new Promise<void>((resolve, reject) => {
  server.once("error", reject);
  server.listen(port, () => resolve());
});
console.log(`web server listening on port ${port}${isDev ? " (development)" : ""}`);

let isStopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (isStopping) return;
    isStopping = true;
    server.close();
    server.closeIdleConnections();
    // Open SSE streams would keep the server open for ever; their clients reconnect on their own.
    setTimeout(() => server.closeAllConnections(), 2_000).unref();
    Promise.all([app.close(), db().$disconnect()]).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error("shutdown failed", error);
        process.exit(1);
      },
    );
  });
}
