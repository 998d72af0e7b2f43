// One e2e run at a time per checkout: runs share the build directory and the
// SQLite file, so a second `playwright test` waits for the first to finish.
// Taken in the runner's main process only (workers load the config too).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const LOCK_DIR = path.resolve(".tmp/e2e-run.lock");

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export function acquireE2eRunLock(): void {
  if (process.env.TEST_WORKER_INDEX !== undefined || process.env.TYNDAU_E2E_LOCK_HELD) return;
  mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
  const sleeper = new Int32Array(new SharedArrayBuffer(4));
  let announced = false;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      writeFileSync(path.join(LOCK_DIR, "pid"), String(process.pid));
      break;
    } catch {
      let holder = NaN;
      try {
        holder = Number(readFileSync(path.join(LOCK_DIR, "pid"), "utf8"));
      } catch {
        /* being created or removed right now */
      }
      if (Number.isFinite(holder) && !alive(holder)) {
        rmSync(LOCK_DIR, { recursive: true, force: true });
        continue;
      }
      if (!announced) {
        console.log(`e2e: another Playwright run (pid ${holder}) is using the test server; waiting…`);
        announced = true;
      }
      Atomics.wait(sleeper, 0, 0, 2_000);
    }
  }
  process.env.TYNDAU_E2E_LOCK_HELD = "1";
  process.on("exit", () => rmSync(LOCK_DIR, { recursive: true, force: true }));
}
