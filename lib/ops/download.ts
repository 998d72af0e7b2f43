// The backup behind the admin's "Download a backup" button: taken by
// `scripts/backup.ts` in a child process (copying a large file in one step
// would otherwise hold the server's event loop for seconds, stalling
// submissions), into a private temporary directory, streamed, and deleted once
// the download ends or fails, so no copy of the respondents' data is left behind.
import "server-only";
import { spawn } from "node:child_process";
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { DatabaseTarget } from "@/lib/db/url";
import { processEnvironment } from "@/lib/env";
import { BackupError, defaultBackupName, type BackupSummary } from "./backup";

export type BackupDownload = { fileName: string; summary: BackupSummary; body: ReadableStream<Uint8Array> };

function backupInChild(target: DatabaseTarget, out: string, root: string): Promise<BackupSummary> {
  return new Promise((resolve, reject) => {
    const tsx = path.join(root, "node_modules", "tsx", "dist", "cli.mjs");
    const child = spawn(process.execPath, [tsx, "--conditions=react-server", path.join(root, "scripts", "backup.ts"), "--out", out, "--json"], {
      cwd: root,
      env: { ...processEnvironment(), DATABASE_URL: target.url },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code !== 0) return reject(new BackupError(stderr.trim() || `backup exited with ${code}`));
      const line = stdout.trim().split("\n").at(-1) ?? "";
      try {
        resolve(JSON.parse(line) as BackupSummary);
      } catch {
        reject(new BackupError(`unexpected backup output: ${line.slice(0, 200)}`));
      }
    });
  });
}

export async function backupDownload(target: DatabaseTarget, root: string = process.cwd()): Promise<BackupDownload> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tyndau-backup-"));
  const cleanup = () => void rm(dir, { recursive: true, force: true });
  try {
    const fileName = defaultBackupName(target.provider);
    const summary = await backupInChild(target, path.join(dir, fileName), root);
    const stream = createReadStream(summary.file);
    stream.once("close", cleanup);
    return { fileName, summary, body: Readable.toWeb(stream) as ReadableStream<Uint8Array> };
  } catch (e) {
    cleanup();
    throw e;
  }
}
