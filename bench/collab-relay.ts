/**
 * The benchmark's baseline: a bare y-websocket relay (@y/websocket-server 0.1.1's own connection
 * handler) with no authentication, no permissions and no persistence. It ignores the ticket.
 * Run: node --import tsx bench/collab-relay.ts <port>
 */
import { createServer } from "node:http";
import { setupWSConnection } from "@y/websocket-server/utils";
import { WebSocketServer } from "ws";

const port = Number(process.argv[2]);
const sockets = new WebSocketServer({ noServer: true });
const http = createServer((_request, response) => response.end("ok\n"));
http.on("upgrade", (request, socket, head) => {
  sockets.handleUpgrade(request, socket, head, (webSocket) => setupWSConnection(webSocket, request));
});
http.listen(port, "127.0.0.1", () => console.log(`relay listening on port ${port}`));
