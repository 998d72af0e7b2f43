// `npm start`: validate the environment, build if the build is missing or stale,
// migrate the database, then serve the production build with `next start`.
// Every failure is one readable line, never a stack trace.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EnvError, parseEnv } from "../lib/env";
import { parseDatabaseUrl, redactDatabaseUrl } from "../lib/db/url";
import { migrate } from "../lib/db/migrate";
import { describeDatabaseError } from "../lib/db/errors";
import { sourceFingerprint } from "./build-fingerprint";

const root = path.resolve(import.meta.dirname, "..");
const distDir = path.join(root, process.env.NEXT_DIST_DIR || ".next");
const stampFile = path.join(distDir, "tyndau-build-stamp");

function fail(message: string): never {
  console.error(`tyndau: ${message}`);
  process.exit(1);
}

function ensureBuild(): void {
  const stamp = sourceFingerprint(root);
  const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === stamp;
  if (built) return;
  console.log("tyndau: building the production bundle (first start or sources changed)…");
  const result = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) fail("the production build failed (see above)");
  writeFileSync(stampFile, stamp);
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
  if (process.env.TYNDAU_SKIP_BUILD !== "1") ensureBuild();

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
