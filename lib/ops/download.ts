// The backup behind the admin's "Download a backup" button: taken into a
// private temporary directory, streamed, and deleted once the download ends
// (or fails), so no copy of the respondents' data is left behind.
import { createReadStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import type { DatabaseTarget } from "@/lib/db/url";
import { backupDatabase, defaultBackupName, type BackupSummary } from "./backup";

export type BackupDownload = { fileName: string; summary: BackupSummary; body: ReadableStream<Uint8Array> };

export async function backupDownload(target: DatabaseTarget): Promise<BackupDownload> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "tyndau-backup-"));
  const cleanup = () => void rm(dir, { recursive: true, force: true });
  try {
    const fileName = defaultBackupName(target.provider);
    const summary = await backupDatabase(target, path.join(dir, fileName));
    const stream = createReadStream(summary.file);
    stream.once("close", cleanup);
    return { fileName, summary, body: Readable.toWeb(stream) as ReadableStream<Uint8Array> };
  } catch (e) {
    cleanup();
    throw e;
  }
}
