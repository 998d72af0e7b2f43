// Starting and stopping the servers a benchmark compares, on fresh databases.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrate } from "@/lib/db/migrate";
import { parseDatabaseUrl } from "@/lib/db/url";

export const ROOT = path.resolve(import.meta.dirname, "../..");
export const POSTGRES_URL = process.env.POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

export type BenchDatabase = { provider: "sqlite" | "postgresql"; url: string; drop: () => Promise<void> };

export async function freshDatabase(provider: "sqlite" | "postgresql"): Promise<BenchDatabase> {
  const name = `tyndau_bench_${randomBytes(4).toString("hex")}`;
  if (provider === "sqlite") {
    const dir = path.join(ROOT, ".tmp", "bench");
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${name}.db`);
    const url = `file:${file}`;
    await migrate(parseDatabaseUrl(url), ROOT);
    return { provider, url, drop: async () => ["", "-wal", "-shm"].forEach((s) => rmSync(file + s, { force: true })) };
  }
  const admin = new pg.Client({ connectionString: POSTGRES_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const u = new URL(POSTGRES_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  await migrate(parseDatabaseUrl(url), ROOT);
  return {
    provider,
    url,
    drop: async () => {
      const c = new pg.Client({ connectionString: POSTGRES_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

export type RunningServer = { url: string; stop: () => Promise<void> };

export async function startProcess(args: string[], env: Record<string, string>, port: number): Promise<RunningServer> {
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", HOSTNAME: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited early`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`${args.join(" ")} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
