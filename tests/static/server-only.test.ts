// One naming convention for server modules: a module under lib/ that the app loads and
// that touches the database (imports lib/db/client, even for its Db type, or a database
// driver), secrets (argon2) or node-only APIs (any node: built-in, exceljs) starts with
// `import "server-only"`. Then a client component that reaches it fails the build (and
// tests/static/client-imports.test.ts names the chain) instead of shipping it.
//
// Exempt: modules that proxy.ts, next.config.ts or prisma.config.ts load (lib/env.ts,
// lib/db/url.ts, lib/db/pg-pool.ts, lib/http/client-address.ts…), which run outside the
// React Server bundle (the Prisma CLI, on `npm install` too) where the marker throws or is
// not guaranteed to resolve; client-imports.test.ts keeps them out of client code by path
// (lib/db/) or by what they import (node built-ins).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { allSpecifiers, hasServerOnlyMarker, reachableFrom, resolveSpecifier, runtimeSpecifiers } from "@/eslint/client-boundary.mjs";

const root = path.resolve(import.meta.dirname, "../..");

const SERVER_PACKAGES = /^(node:|better-sqlite3$|pg$|@prisma\/|@node-rs\/argon2$|exceljs$)/;

function sources(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" ? [] : sources(full);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [full] : [];
  });
}

/** Why `file` is a server module, or undefined. */
function serverTouch(base: string, file: string): string | undefined {
  const dbClient = path.join(base, "lib/db/client.ts");
  for (const specifier of allSpecifiers(file)) {
    const target = resolveSpecifier(base, file, specifier);
    if (target === dbClient) return "uses the database client";
  }
  const pkg = runtimeSpecifiers(file).find((s) => SERVER_PACKAGES.test(s));
  return pkg === undefined ? undefined : `imports ${pkg}`;
}

/** Server modules the app loads that lack the marker, as "file: why". */
function unmarkedServerModules(base: string): string[] {
  const entries = [...sources(path.join(base, "app")), path.join(base, "instrumentation.ts")].filter((f) => fs.existsSync(f));
  const app = reachableFrom(base, entries);
  const outside = reachableFrom(base, ["proxy.ts", "next.config.ts", "prisma.config.ts"].map((f) => path.join(base, f)).filter((f) => fs.existsSync(f)));
  const problems: string[] = [];
  for (const file of [...app].sort()) {
    const rel = path.relative(base, file).split(path.sep).join("/");
    if (!rel.startsWith("lib/") || rel.startsWith("lib/db/generated/") || outside.has(file)) continue;
    const why = serverTouch(base, file);
    if (why !== undefined && !hasServerOnlyMarker(file)) problems.push(`${rel}: ${why}`);
  }
  return problems;
}

describe('import "server-only"', () => {
  it("marks every server module the app loads", () => {
    expect(unmarkedServerModules(root)).toEqual([]);
  });

  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "tyndau-server-only-"));
  afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

  it("reports a planted unmarked module, and not a marked one, an unreached one or one the proxy or Prisma loads", () => {
    const write = (name: string, text: string) => {
      fs.mkdirSync(path.dirname(path.join(scratch, name)), { recursive: true });
      fs.writeFileSync(path.join(scratch, name), text);
    };
    write("app/page.tsx", 'import { a } from "@/lib/a";\nimport { b } from "@/lib/b";\nimport { c } from "@/lib/c";\nimport { pool } from "@/lib/db/pool";\nexport default () => [a, b, c, pool];\n');
    write("proxy.ts", 'import { c } from "./lib/c";\nexport const proxy = c;\n');
    write("prisma.config.ts", 'import { pool } from "./lib/db/pool";\nexport default pool;\n');
    write("lib/db/pool.ts", 'import pg from "pg";\nexport const pool = pg;\n');
    write("lib/db/client.ts", 'import "server-only";\nexport type Db = object;\n');
    write("lib/a.ts", 'import type { Db } from "@/lib/db/client";\nexport const a = (db: Db) => db;\n');
    write("lib/b.ts", 'import "server-only";\nimport { readFileSync } from "node:fs";\nexport const b = readFileSync;\n');
    write("lib/c.ts", 'import { isIP } from "node:net";\nexport const c = isIP;\n');
    write("lib/unused.ts", 'import { spawn } from "node:child_process";\nexport const u = spawn;\n');
    expect(unmarkedServerModules(scratch)).toEqual(["lib/a.ts: uses the database client"]);
  });
});
