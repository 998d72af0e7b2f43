// The production HTTP server: Next.js's request handler behind a plain
// node:http server, so that route handlers can learn the peer address (for
// rate limiting only; see lib/http/client-address.ts) and nobody can spoof it.
// Started by `npm start` (scripts/start.ts) after migrations.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";

const PEER_HEADER = "x-tyndau-peer";
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";

// Next resolves next.config.ts imports against the working directory.
process.chdir(root);
process.env.NODE_ENV = "production";
const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? "unknown";
  handle(req, res);
});
// Slow clients on mobile networks are normal; a stalled one must not hold a socket forever.
server.requestTimeout = 60_000;
server.headersTimeout = 20_000;
server.keepAliveTimeout = 5_000;

server.listen(port, hostname, () => {
  console.log(`tyndau: serving on http://${hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`);
});

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    // Finish in-flight requests (an acknowledged submission is already
    // committed; one in flight completes or is not acknowledged), then exit.
    server.close(() => process.exit(0));
    server.closeIdleConnections?.();
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
