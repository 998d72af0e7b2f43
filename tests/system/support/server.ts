// Starts the real production server (scripts/server.mjs on the built app) as a
// child process on a database of the test's own, captures everything it
// prints, and can kill it (SIGKILL included) and start it again.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { migrate } from "@/lib/db/migrate";
import { parseDatabaseUrl } from "@/lib/db/url";

const ROOT = path.resolve(import.meta.dirname, "../../..");
/** A port nothing listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

export type ServerOptions = { databaseUrl: string; port?: number; env?: Record<string, string> };

export type TestServer = {
  url: string;
  port: number;
  /** Everything the server printed on stdout and stderr, across restarts. */
  output: () => string;
  kill: (signal?: NodeJS.Signals) => Promise<void>;
  restart: () => Promise<void>;
  stop: () => Promise<void>;
};

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before it was healthy:\n${output()}`);
    try {
      // Each probe is bounded, so one stuck request cannot use up the budget.
      const r = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(3_000) });
      if (r.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  child.kill("SIGKILL");
  throw new Error(`server at ${url} not healthy after ${timeoutMs} ms:\n${output()}`);
}

export async function startServer(options: ServerOptions): Promise<TestServer> {
  const port = options.port ?? (await freePort());
  const url = `http://127.0.0.1:${port}`;
  await migrate(parseDatabaseUrl(options.databaseUrl), ROOT);
  let output = "";
  let child: ChildProcess;

  async function launch(): Promise<void> {
    child = spawn(process.execPath, [path.join(ROOT, "scripts", "server.mjs")], {
      cwd: ROOT,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: options.databaseUrl,
        PORT: String(port),
        HOSTNAME: "127.0.0.1",
        SUBMISSIONS_PER_MINUTE: "1000000",
        // Tests look at what they just submitted: no release-by-day delay (docs/anonymity.md).
        RESULTS_DELAY: "none",
        ...options.env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()));
    await waitForHealth(url, child, () => output);
  }

  async function kill(signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill(signal);
    await exited;
  }

  await launch();
  return {
    url,
    port,
    output: () => output,
    kill,
    restart: launch,
    stop: () => kill("SIGTERM"),
  };
}
