// `npm start`: validate the environment, build if the build is missing or stale,
// migrate the database, then serve the production build with `next start`.
// Every failure is one readable line, never a stack trace.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env";
import { parseDatabaseUrl, redactDatabaseUrl } from "../lib/db/url";
import { migrate } from "../lib/db/migrate";
import { describeDatabaseError } from "../lib/db/errors";
import { ensureBuild } from "./ensure-build";

const root = path.resolve(import.meta.dirname, "..");

function fail(message: string): never {
  console.error(`tyndau: ${message}`);
  process.exit(1);
}

async function main(): Promise<void> {
  let env;
  try {
    env = parseEnv(process.env);
  } catch (e) {
    if (e instanceof EnvError) fail(e.message);
    throw e;
  }
  const target = parseDatabaseUrl(env.DATABASE_URL);
  if (process.env.TYNDAU_SKIP_BUILD !== "1") {
    try {
      ensureBuild(root);
    } catch (e) {
      fail((e as Error).message);
    }
  }

  try {
    const result = await migrate(target, root);
    const where = target.provider === "sqlite" ? target.filePath : redactDatabaseUrl(target.url);
    console.log(`tyndau: database ${target.provider} at ${where}: ${result.applied.length} migration(s) applied, ${result.alreadyApplied} already in place`);
  } catch (e) {
    fail(describeDatabaseError(e, target));
  }

  const bootstrap = path.join(root, "scripts", "bootstrap.ts");
  if (existsSync(bootstrap)) {
    const mod = (await import(bootstrap)) as { bootstrap?: () => Promise<void> };
    await mod.bootstrap?.();
  }

  // The server runs in a plain Node process: this one runs under tsx with the
  // react-server condition (for the shared lib code), which must not leak into
  // Next.js's own rendering.
  const child = spawn(process.execPath, [path.join(root, "scripts", "server.mjs")], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: env.DATABASE_URL, PORT: String(env.PORT), HOSTNAME: env.HOSTNAME, NEXT_TELEMETRY_DISABLED: "1" },
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

main().catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
