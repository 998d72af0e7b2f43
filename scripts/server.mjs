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
// Loopback unless HOSTNAME says otherwise (lib/env.ts): nginx on this host is the way in.
const hostname = process.env.HOSTNAME ?? "127.0.0.1";

// Next resolves next.config.ts imports against the working directory.
process.chdir(root);
process.env.NODE_ENV = "production";
const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

// Requests being handled right now (their responses not yet finished).
let inFlight = 0;
const active = new Set();
let closing = false;

const server = http.createServer((req, res) => {
  if (closing) {
    // Shutting down: a request that arrives on a kept-alive connection is
    // refused cleanly (nothing stored), so the client retries elsewhere or later.
    res.writeHead(503, {
      "content-type": "application/json; charset=utf-8",
      "cache-control": "no-store",
      "retry-after": "5",
      connection: "close",
    });
    res.end(JSON.stringify({ error: "The server is restarting. Please try again in a few seconds." }));
    return;
  }
  inFlight++;
  active.add(res);
  res.once("close", () => {
    inFlight--;
    active.delete(res);
    // Once the last in-flight response is out, kept-alive sockets are idle: close them.
    if (closing) server.closeIdleConnections();
  });
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

// Graceful shutdown (SIGTERM from systemd, Ctrl-C): stop accepting connections,
// let every in-flight request finish (a submission waiting in the group
// committer is answered only after its batch has committed, so it completes
// here or was never acknowledged), refuse new requests on open connections
// with 503, then close the database and exit 0. Bounded: after
// SHUTDOWN_TIMEOUT_MS (default 20 s, below systemd's TimeoutStopSec) it exits 1.
const shutdownTimeoutMs = Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 20_000);

async function closeDatabase() {
  // The app's one client (lib/db/client.ts keeps it on globalThis).
  const handle = /** @type {{ __tyndauDb?: { db: { $disconnect: () => Promise<void> } } }} */ (globalThis).__tyndauDb;
  await handle?.db.$disconnect();
}

function shutdown(signal) {
  if (closing) return;
  closing = true;
  const started = performance.now();
  console.log(`tyndau: ${signal} received, finishing ${inFlight} request(s) in flight, then stopping`);
  setTimeout(() => {
    console.error(`tyndau: shutdown timed out after ${shutdownTimeoutMs} ms with ${inFlight} request(s) still in flight`);
    process.exit(1);
  }, shutdownTimeoutMs).unref();
  server.close(async () => {
    try {
      await closeDatabase();
    } catch (e) {
      console.error(`tyndau: closing the database failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    }
    console.log(`tyndau: stopped cleanly in ${Math.round(performance.now() - started)} ms`);
    process.exit(0);
  });
  // Answers still to come close their connection, so no client sends its
  // next request down a socket that is about to go away.
  for (const res of active) if (!res.headersSent) res.setHeader("connection", "close");
  server.closeIdleConnections();
}

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => shutdown(signal));
