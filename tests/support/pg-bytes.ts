// The PostgreSQL insider's tools (tests/system/insider-postgres-bytes.test.ts): a
// scratch cluster of our own (initdb/pg_ctl under a temp dir, with the deployment's
// settings), and readers of what someone holding that server's files sees — every
// page of a table, its TOAST table and its indexes (pageinspect), the raw files in
// the data directory, and the WAL segments (raw bytes and pg_waldump). Each reader
// locates response ids and answer texts in the bytes; the detectors then ask
// whether their positions follow the order of arrival (Spearman's rho), whether a
// COMMIT time in the WAL can be tied to a response, and whether anything is left.
import { execFileSync, spawnSync } from "node:child_process";
import { chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";
import type pg from "pg";
import { spearman } from "@/tests/system/insider-detectors";

// ---------------------------------------------------------------------------
// A cluster of our own

/** The newest installed PostgreSQL's bin directory that has initdb, pg_ctl and pg_waldump. */
export function postgresBinDir(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a));
  return versions.map((v) => path.join(root, v, "bin")).find((bin) => ["initdb", "pg_ctl", "pg_waldump"].every((t) => existsSync(path.join(bin, t))));
}

export type ScratchCluster = { url: (database: string) => string; dataDir: string; bin: string; stop: () => void };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

/**
 * initdb + pg_ctl start on a free port, with `confFiles` in conf.d (included last,
 * so they win). PostgreSQL refuses to run as root: as root the cluster runs as the
 * `postgres` user (we keep reading its files as root). A string says why not.
 */
export async function startScratchCluster(confFiles: string[], options: { walSegmentMb?: number } = {}): Promise<ScratchCluster | string> {
  const bin = postgresBinDir();
  if (!bin) return "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin";
  const asRoot = process.getuid?.() === 0;
  let owner: { uid: number; gid: number } | undefined;
  if (asRoot) {
    try {
      owner = { uid: Number(execFileSync("id", ["-u", "postgres"]).toString()), gid: Number(execFileSync("id", ["-g", "postgres"]).toString()) };
    } catch {
      return "running as root and there is no postgres user to run a cluster as";
    }
  }
  const run = (tool: string, args: string[]) => {
    const command = asRoot ? "runuser" : path.join(bin, tool);
    const argv = asRoot ? ["-u", "postgres", "--", path.join(bin, tool), ...args] : args;
    const r = spawnSync(command, argv, { encoding: "utf8", env: { ...process.env, LC_ALL: "C", TZ: "UTC" } });
    if (r.status !== 0) throw new Error(`${tool} failed: ${r.stderr || r.stdout}`);
  };
  const base = mkdtempSync(path.join(os.tmpdir(), "tyndau-pg-"));
  if (owner) chownSync(base, owner.uid, owner.gid);
  const dataDir = path.join(base, "data");
  const port = await freePort();
  try {
    run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", `--wal-segsize=${options.walSegmentMb ?? 1}`]);
    const confDir = path.join(dataDir, "conf.d");
    mkdirSync(confDir);
    for (const file of confFiles) copyFileSync(file, path.join(confDir, path.basename(file)));
    if (owner) for (const f of [confDir, ...readdirSync(confDir).map((f) => path.join(confDir, f))]) chownSync(f, owner.uid, owner.gid);
    const local = [`port = ${port}`, `listen_addresses = '127.0.0.1'`, `unix_socket_directories = '${base}'`, "shared_buffers = 32MB", "max_connections = 40", "include_dir = 'conf.d'"];
    writeFileSync(path.join(dataDir, "postgresql.conf"), `${readFileSync(path.join(dataDir, "postgresql.conf"), "utf8")}\n${local.join("\n")}\n`);
    run("pg_ctl", ["-D", dataDir, "-l", path.join(base, "server.log"), "-w", "-t", "60", "start"]);
  } catch (error) {
    rmSync(base, { recursive: true, force: true });
    return `could not start a scratch cluster: ${(error as Error).message.split("\n")[0]}`;
  }
  return {
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    dataDir,
    bin,
    stop: () => {
      try {
        run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(base, { recursive: true, force: true });
      }
    },
  };
}

// ---------------------------------------------------------------------------
// Where the needles are

/** What the insider looks for: each response's id and fragments of its texts. */
export type Needles = { byNeedle: Map<string, string>; buffers: { needle: Buffer; owner: string }[] };

export function needlesOf(responses: { id: string; texts: string[] }[], fragment = 24): Needles {
  const byNeedle = new Map<string, string>();
  for (const r of responses) {
    byNeedle.set(r.id, r.id);
    for (const t of r.texts) for (const at of [0, Math.floor(t.length / 2)]) byNeedle.set(t.slice(at, at + fragment), r.id);
  }
  return { byNeedle, buffers: [...byNeedle].map(([needle, owner]) => ({ needle: Buffer.from(needle, "utf8"), owner })) };
}

export type Hit = { owner: string; needle: string; at: number };

/** Every occurrence of every needle in `bytes`, by position. */
export function findNeedles(bytes: Buffer, needles: Needles, base = 0): Hit[] {
  const hits: Hit[] = [];
  for (const { needle, owner } of needles.buffers) {
    for (let at = bytes.indexOf(needle); at >= 0; at = bytes.indexOf(needle, at + 1)) hits.push({ owner, needle: needle.toString("utf8"), at: base + at });
  }
  return hits.sort((a, b) => a.at - b.at);
}

export type OrderFinding = { source: string; rho: number; n: number };

/** rho between arrival and the order in which responses FIRST appear in a byte stream. */
export function orderOfHits(source: string, hits: readonly Hit[], arrival: ReadonlyMap<string, number>): OrderFinding {
  const seen = new Set<string>();
  const order: number[] = [];
  for (const h of hits) {
    if (seen.has(h.owner) || !arrival.has(h.owner)) continue;
    seen.add(h.owner);
    order.push(arrival.get(h.owner)!);
  }
  return { source, rho: spearman(order.map((_, k) => k), order), n: order.length };
}

// ---------------------------------------------------------------------------
// Pages through pageinspect

export type Relation = { name: string; kind: "table" | "toast" | "index"; of: string };

/** The tables, their TOAST tables and every index of both (pageinspect names them by regclass). */
export async function relationsOf(client: pg.ClientBase, tables: readonly string[]): Promise<Relation[]> {
  const out: Relation[] = [];
  for (const table of tables) {
    out.push({ name: `"${table}"`, kind: "table", of: table });
    const toast = (await client.query<{ t: string | null }>(`SELECT reltoastrelid::regclass::text AS t FROM pg_class WHERE oid = to_regclass($1) AND reltoastrelid <> 0`, [`"${table}"`])).rows[0]?.t;
    const indexes = (await client.query<{ i: string }>(`SELECT indexrelid::regclass::text AS i FROM pg_index WHERE indrelid = to_regclass($1) ORDER BY 1`, [`"${table}"`])).rows.map((r) => r.i);
    if (toast) {
      out.push({ name: toast, kind: "toast", of: table });
      const toastIndexes = (await client.query<{ i: string }>(`SELECT indexrelid::regclass::text AS i FROM pg_index WHERE indrelid = $1::regclass`, [toast])).rows;
      for (const r of toastIndexes) out.push({ name: r.i, kind: "index", of: toast });
    }
    for (const i of indexes) out.push({ name: i, kind: "index", of: table });
  }
  return out;
}

/** Every block of a relation as raw pages, concatenated (block k at byte k·8192). */
export async function rawPages(client: pg.ClientBase, relation: string): Promise<Buffer> {
  const rows = (
    await client.query<{ page: Buffer }>(
      `SELECT get_raw_page($1::text, 'main', b::int) AS page FROM generate_series(0, (pg_relation_size($1::regclass) / current_setting('block_size')::int) - 1) b ORDER BY b`,
      [relation],
    )
  ).rows;
  return Buffer.concat(rows.map((r) => r.page));
}

/** Heap tuples of a table or TOAST table (live and dead), each with its xmin and its bytes. */
export async function heapTuples(client: pg.ClientBase, relation: string): Promise<{ xmin: number; data: Buffer }[]> {
  return (
    await client.query<{ xmin: string; data: Buffer }>(
      `SELECT t.t_xmin::text AS xmin, t.t_data AS data
         FROM generate_series(0, (pg_relation_size($1::regclass) / current_setting('block_size')::int) - 1) b,
              LATERAL heap_page_items(get_raw_page($1::text, 'main', b::int)) t
        WHERE t.t_data IS NOT NULL ORDER BY b, t.lp`,
      [relation],
    )
  ).rows.map((r) => ({ xmin: Number(r.xmin), data: r.data }));
}

/** rho between arrival and the xmin of the tuples holding each response's needles. */
export function xminOrder(source: string, tuples: readonly { xmin: number; data: Buffer }[], needles: Needles, arrival: ReadonlyMap<string, number>): OrderFinding {
  const xmins = new Map<string, number>();
  for (const t of tuples) for (const h of findNeedles(t.data, needles)) if (!xmins.has(h.owner)) xmins.set(h.owner, t.xmin);
  const owners = [...xmins.keys()].filter((o) => arrival.has(o));
  return { source, rho: spearman(owners.map((o) => arrival.get(o)!), owners.map((o) => xmins.get(o)!)), n: owners.length };
}

// ---------------------------------------------------------------------------
// Raw files

/** Every regular file under `dir`, recursively. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(p));
    else if (entry.isFile()) out.push(p);
  }
  return out;
}

/** Needles in every file under `dir`: which files hold which responses. */
export function scanFiles(dir: string, needles: Needles): { file: string; hits: Hit[] }[] {
  return filesUnder(dir)
    .map((file) => ({ file, hits: statSync(file).size > 0 ? findNeedles(readFileSync(file), needles) : [] }))
    .filter((f) => f.hits.length > 0);
}

// ---------------------------------------------------------------------------
// The WAL

export type WalRecord = { lsn: bigint; xid: number; commitAt?: number; desc: string };

const SEGMENT_NAME = /^[0-9A-F]{24}$/;

function parseLsn(text: string): bigint {
  const [hi, lo] = text.split("/");
  return (BigInt(`0x${hi}`) << 32n) | BigInt(`0x${lo}`);
}

/** The first LSN a segment file covers, from its name (timeline, log, segment). */
function segmentStart(name: string, segmentSize: number): bigint {
  const log = BigInt(`0x${name.slice(8, 16)}`);
  const seg = BigInt(`0x${name.slice(16, 24)}`);
  return log * (0x100000000n / BigInt(segmentSize)) * BigInt(segmentSize) + seg * BigInt(segmentSize);
}

/** The records pg_waldump can read in one segment file (it stops at a recycled segment's stale pages). */
export function walRecords(bin: string, file: string): WalRecord[] {
  const r = spawnSync(path.join(bin, "pg_waldump"), [file], { encoding: "utf8", env: { ...process.env, TZ: "UTC" }, maxBuffer: 256 * 1024 * 1024 });
  const records: WalRecord[] = [];
  for (const line of (r.stdout ?? "").split("\n")) {
    const m = /tx:\s+(\d+), lsn: ([0-9A-F]+\/[0-9A-F]+),.*desc: (.*)$/.exec(line);
    if (!m) continue;
    const desc = m[3]!;
    const commit = /^COMMIT (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)?) UTC/.exec(desc);
    records.push({ lsn: parseLsn(m[2]!), xid: Number(m[1]), desc, ...(commit ? { commitAt: Date.parse(`${commit[1]!.replace(" ", "T")}Z`) } : {}) });
  }
  return records;
}

export type WalReading = {
  /** Segment files present and how many responses each mentions. */
  segments: { name: string; responses: number }[];
  /** Responses whose id or text is anywhere in pg_wal. */
  responsesFound: Set<string>;
  /** A response tied to a COMMIT time: the record holding its bytes, its transaction's commit. */
  commitTimes: Map<string, number>;
  /** Order in which responses first appear in the WAL stream. */
  order: OrderFinding;
};

/** Reads pg_wal as the insider would: raw bytes for the needles, pg_waldump for the records around them. */
export function readWal(dataDir: string, bin: string, needles: Needles, arrival: ReadonlyMap<string, number>): WalReading {
  const dir = path.join(dataDir, "pg_wal");
  const names = readdirSync(dir).filter((n) => SEGMENT_NAME.test(n)).sort();
  const segments: WalReading["segments"] = [];
  const hits: { owner: string; lsn: bigint }[] = [];
  const records: WalRecord[] = [];
  for (const name of names) {
    const file = path.join(dir, name);
    const bytes = readFileSync(file);
    const start = segmentStart(name, bytes.length);
    const found = findNeedles(bytes, needles);
    segments.push({ name, responses: new Set(found.map((h) => h.owner)).size });
    for (const h of found) hits.push({ owner: h.owner, lsn: start + BigInt(h.at) });
    if (found.length > 0 || records.length > 0) records.push(...walRecords(bin, file));
  }
  records.sort((a, b) => (a.lsn < b.lsn ? -1 : a.lsn > b.lsn ? 1 : 0));
  const commits = new Map<number, number>();
  for (const r of records) if (r.commitAt !== undefined && r.xid !== 0) commits.set(r.xid, r.commitAt);
  const commitTimes = new Map<string, number>();
  for (const h of hits) {
    // The record holding this byte: the last one starting at or before it.
    let lo = 0;
    let hi = records.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (records[mid]!.lsn <= h.lsn) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const at = found >= 0 ? commits.get(records[found]!.xid) : undefined;
    if (at !== undefined && !commitTimes.has(h.owner)) commitTimes.set(h.owner, at);
  }
  hits.sort((a, b) => (a.lsn < b.lsn ? -1 : a.lsn > b.lsn ? 1 : 0));
  const order = orderOfHits(
    "WAL: order of first appearance",
    hits.map((h, k) => ({ owner: h.owner, needle: "", at: k })),
    arrival,
  );
  return { segments, responsesFound: new Set(hits.map((h) => h.owner)), commitTimes, order };
}

/** Responses whose WAL commit time is within `windowMs` of when they were really sent. */
export function commitTimeMatches(commitTimes: ReadonlyMap<string, number>, sentAt: ReadonlyMap<string, number>, windowMs = 60_000): { id: string; offByMs: number }[] {
  return [...commitTimes]
    .filter(([id]) => sentAt.has(id))
    .map(([id, at]) => ({ id, offByMs: Math.abs(at - sentAt.get(id)!) }))
    .filter((m) => m.offByMs < windowMs);
}
