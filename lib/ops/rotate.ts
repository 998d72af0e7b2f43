// Keeps the newest N backups `npm run backup` wrote into a directory (files
// named tyndau-<UTC timestamp>.sqlite|.pgdump, which sort by time) and deletes
// the older ones. Files with any other name are never touched.
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";

const BACKUP_NAME = /^tyndau-\d{8}T\d{6}Z\.(sqlite|pgdump)$/;

export function rotateBackups(dir: string, keep: number): string[] {
  if (!Number.isInteger(keep) || keep < 1) throw new Error("--keep must be a whole number of at least 1");
  const backups = readdirSync(dir)
    .filter((name) => BACKUP_NAME.test(name))
    .sort()
    .reverse();
  const removed = backups.slice(keep).map((name) => path.join(dir, name));
  for (const file of removed) rmSync(file, { force: true });
  return removed;
}
