// lib/ops: atomic backup files, refusal to restore over data, rotation, and the
// messages an IT person sees when something is missing.
import { chmodSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { createPostgresDatabase, createSqliteDatabase, postgresAvailability, TMP_DIR } from "@/tests/support/databases";
import type { DatabaseTarget } from "@/lib/db/url";
import { backupDatabase, defaultBackupName } from "./backup";
import { findPgTool, libpqUrl, PgToolMissingError } from "./pg-tools";
import { detectBackupFormat, restoreDatabase, RestoreRefusedError } from "./restore";
import { rotateBackups } from "./rotate";

const dir = path.join(TMP_DIR, `ops-${process.pid}`);
mkdirSync(dir, { recursive: true });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function insertSetting(target: DatabaseTarget, key: string): void {
  if (target.provider !== "sqlite") throw new Error("SQLite only");
  const db = new Database(target.filePath);
  try {
    const cols = (db.prepare(`PRAGMA table_info("Setting")`).all() as { name: string }[]).map((c) => c.name);
    if (cols.includes("updatedAt")) db.prepare(`INSERT INTO "Setting" ("key","value","updatedAt") VALUES (?, 'x', '2026-01-01T00:00:00.000+00:00')`).run(key);
    else db.prepare(`INSERT INTO "Setting" ("key","value") VALUES (?, 'x')`).run(key);
  } finally {
    db.close();
  }
}

describe("rotation", () => {
  it("keeps the newest N backups and never touches other files", () => {
    const d = path.join(dir, "rotate");
    mkdirSync(d, { recursive: true });
    const names = ["tyndau-20260101T023000Z.sqlite", "tyndau-20260102T023000Z.sqlite", "tyndau-20260103T023000Z.pgdump", "tyndau-20260104T023000Z.sqlite", "notes.txt", ".tyndau-20260105T023000Z.sqlite.1.2.partial"];
    for (const n of names) writeFileSync(path.join(d, n), "x");
    const removed = rotateBackups(d, 2).map((f) => path.basename(f));
    expect(removed.sort()).toEqual(["tyndau-20260101T023000Z.sqlite", "tyndau-20260102T023000Z.sqlite"]);
    expect(readdirSync(d).sort()).toEqual([".tyndau-20260105T023000Z.sqlite.1.2.partial", "notes.txt", "tyndau-20260103T023000Z.pgdump", "tyndau-20260104T023000Z.sqlite"]);
    expect(() => rotateBackups(d, 0)).toThrow(/at least 1/);
  });

  it("names backups so that they sort by time and rotation recognises them", () => {
    expect(defaultBackupName("sqlite", new Date("2026-11-28T02:30:05.123Z"))).toBe("tyndau-20261128T023005Z.sqlite");
    expect(defaultBackupName("postgresql", new Date("2026-11-28T02:30:05.123Z"))).toBe("tyndau-20261128T023005Z.pgdump");
  });
});

describe("PostgreSQL client tools", () => {
  it("say how to install them when missing", () => {
    expect(() => findPgTool("pg_dump", { PATH: "/nonexistent", PG_DUMP: path.join(dir, "no-pg_dump") })).toThrow(PgToolMissingError);
    expect(() => findPgTool("pg_dump", { PG_DUMP: path.join(dir, "no-pg_dump") })).toThrow(/apt install postgresql-client/);
  });

  it("get a URL libpq accepts (Prisma's ?schema= removed, the rest kept)", () => {
    expect(libpqUrl("postgresql://u:p@h:5432/db?schema=public&sslmode=require")).toBe("postgresql://u:p@h:5432/db?sslmode=require");
  });
});

describe("SQLite backup and restore", () => {
  it("writes a finished file or nothing, and restores only into an empty database unless forced", async () => {
    const live = await createSqliteDatabase();
    insertSetting(live.target, "survey.status");
    const out = path.join(dir, "sqlite", "b.sqlite");
    const summary = await backupDatabase(live.target, out);
    expect(summary.counts.Setting).toBe(1);
    expect(readdirSync(path.dirname(out))).toEqual(["b.sqlite"]);
    expect(detectBackupFormat(out)).toBe("sqlite");

    // A source that does not exist: an error, and no file of any name.
    const missing = await createSqliteDatabase({ migrate: false });
    await expect(backupDatabase(missing.target, path.join(dir, "sqlite", "c.sqlite"))).rejects.toThrow(/does not exist/);
    expect(readdirSync(path.dirname(out))).toEqual(["b.sqlite"]);

    const target = await createSqliteDatabase();
    insertSetting(target.target, "other");
    await expect(restoreDatabase(target.target, out)).rejects.toThrow(RestoreRefusedError);
    await expect(restoreDatabase(target.target, out)).rejects.toThrow(/not empty \(Setting \(1\)\).*--force/);
    const forced = await restoreDatabase(target.target, out, { force: true });
    expect(forced.counts.Setting).toBe(1);
    expect(forced.movedAside && existsSync(forced.movedAside)).toBe(true);
    rmSync(forced.movedAside!, { force: true });

    await expect(restoreDatabase({ provider: "postgresql", url: "postgresql://x@127.0.0.1/none", schema: undefined }, out)).rejects.toThrow(/SQLite backup; DATABASE_URL names a PostgreSQL/);
    for (const d of [live, missing, target]) await d.drop();
  });
});

const pgMode = await postgresAvailability();
describe.skipIf(pgMode === "skip")("PostgreSQL backup", () => {
  it("leaves no file when pg_dump fails half-way", async () => {
    const live = await createPostgresDatabase();
    // A pg_dump that writes half a file, then fails.
    const fake = path.join(dir, "fake-pg_dump");
    writeFileSync(fake, `#!/bin/sh\nfor a in "$@"; do case "$a" in --file=*) printf 'PGDMP-half' > "\${a#--file=}";; esac; done\necho "pg_dump: error: connection lost" >&2\nexit 1\n`);
    chmodSync(fake, 0o755);
    const out = path.join(dir, "pg", "b.pgdump");
    const saved = process.env.PG_DUMP;
    process.env.PG_DUMP = fake;
    try {
      await expect(backupDatabase(live.target, out)).rejects.toThrow(/connection lost/);
    } finally {
      if (saved === undefined) delete process.env.PG_DUMP;
      else process.env.PG_DUMP = saved;
      await live.drop();
    }
    expect(readdirSync(path.dirname(out))).toEqual([]);
  });
});
