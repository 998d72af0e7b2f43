// The PostgreSQL insider below SQL (docs/anonymity.md, docs/decisions/010-postgres-wal-and-day-close.md).
// tests/system/insider.test.ts reads what SQL shows; this test reads what a seized
// PostgreSQL server's files hold. It starts a cluster of its own with the
// deployment's settings (deploy/postgresql.conf.d/tyndau-anonymity.conf), sends 60
// responses with 1,000-character answers one by one through the real write path,
// knowing each one's order and time, and then reads
//   * every page of Response, Answer, their TOAST tables and all their indexes
//     (pageinspect: raw pages and heap tuples with their xmin),
//   * every file of the database's directory and of pg_wal, raw,
//   * the WAL records around each response's bytes (pg_waldump) and their
//     transactions' COMMIT times.
// Before the day close all of it shows the order of arrival and pg_waldump gives
// each response's commit time within a fraction of a second — the test checks that
// first, so its detectors are seen to work. After the close it fails on any order
// (|rho| ≥ 0.35; for 60 random positions rho has a standard deviation of 0.13, so
// chance passes it with p < 0.01 per comparison and we make a handful), on any
// commit time within 60 s of a true send time that the WAL ties to a response, and
// on any response id or text left anywhere in pg_wal; after "delete all" on any id
// or text left anywhere in the data directory.
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { createDb, type DbHandle } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { parseDatabaseUrl } from "@/lib/db/url";
import { findItem, generateValidAnswers, mulberry32, questionnaire, questionnaireVersion, type Answers } from "@/lib/questionnaire";
import { closeSubmissionDays } from "@/lib/responses/day-close";
import { deleteAllResponses } from "@/lib/responses/delete-all";
import { submitResponse } from "@/lib/responses/submit";
import {
  commitTimeMatches,
  findNeedles,
  heapTuples,
  needlesOf,
  orderOfHits,
  rawPages,
  readWal,
  relationsOf,
  scanFiles,
  startScratchCluster,
  xminOrder,
  type Needles,
  type OrderFinding,
  type ScratchCluster,
} from "@/tests/support/pg-bytes";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DEPLOY_CONF = path.join(ROOT, "deploy/postgresql.conf.d/tyndau-anonymity.conf");
const RESPONSES = 60;
const THRESHOLD = 0.35;
const TABLES = ["Response", "Answer"] as const;
// A fixed submission day and a close two days later: nothing here depends on the hour.
const DAY = "2026-03-10";
const CLOSE_AT = new Date("2026-03-12T12:00:00Z");
const SETTINGS = { delay: "day", timeZone: "UTC" } as const;

/** 1,000 characters nobody else writes and pglz cannot shrink (so they sit in the pages as text). */
function uniqueText(): string {
  return randomBytes(750).toString("base64").replace(/[+/=]/g, "x").slice(0, 1000);
}

/**
 * A random v4 id from the test's seeded generator: the rows end up in id order, so
 * a fixed seed fixes how that order happens to correlate with arrival (rho −0.07
 * for seed 42) instead of risking a chance 0.35 on some run.
 */
function seededUuid(rng: () => number): string {
  const b = Array.from({ length: 16 }, () => Math.floor(rng() * 256));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.map((x) => x.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A valid response whose every open answer is a unique 1,000-character text. */
function responseWithLongTexts(rng: () => number): { body: { id: string; questionnaireVersion: string; locale: "ru"; answers: Answers }; texts: string[] } {
  for (;;) {
    const answers = generateValidAnswers(questionnaire, rng);
    const texts: string[] = [];
    for (const [variable, value] of Object.entries(answers)) {
      if (typeof value === "string" && findItem(questionnaire, variable)?.item.kind === "open") {
        const text = uniqueText();
        answers[variable] = text;
        texts.push(text);
      }
    }
    if (texts.length > 0) return { body: { id: seededUuid(rng), questionnaireVersion, locale: "ru", answers }, texts };
  }
}

type Findings = { order: OrderFinding[]; times: { id: string; offByMs: number }[]; walResponses: number };

/** Everything the insider recovers from the cluster's pages, files and WAL. */
async function insiderReads(cluster: ScratchCluster, client: pg.Client, needles: Needles, arrival: Map<string, number>, sentAt: Map<string, number>): Promise<Findings> {
  // The WAL first: a checkpoint lets PostgreSQL remove the segments behind it.
  const wal = readWal(cluster.dataDir, cluster.bin, needles, arrival);
  await client.query("CHECKPOINT"); // what is in shared buffers reaches the files too
  const order: OrderFinding[] = [];
  for (const rel of await relationsOf(client, TABLES)) {
    order.push(orderOfHits(`${rel.kind} ${rel.name}: byte order of its pages`, findNeedles(await rawPages(client, rel.name), needles), arrival));
    if (rel.kind !== "index") order.push(xminOrder(`${rel.kind} ${rel.name}: xmin`, await heapTuples(client, rel.name), needles, arrival));
  }
  const dbDir = (await client.query<{ p: string }>(`SELECT 'base/' || oid AS p FROM pg_database WHERE datname = current_database()`)).rows[0]!.p;
  for (const f of scanFiles(path.join(cluster.dataDir, dbDir), needles)) order.push(orderOfHits(`file ${path.relative(cluster.dataDir, f.file)}`, f.hits, arrival));
  order.push(wal.order);
  return { order: order.filter((o) => o.n >= 10), times: commitTimeMatches(wal.commitTimes, sentAt), walResponses: wal.responsesFound.size };
}

/** The strongest order finding per kind of source, and how far off the commit times were. */
function summary(f: Findings) {
  const worst = new Map<string, OrderFinding>();
  for (const o of f.order) {
    const kind = o.source.split(":")[0]!.replace(/\/\d+$/, "/…");
    if (!worst.has(kind) || Math.abs(o.rho) > Math.abs(worst.get(kind)!.rho)) worst.set(kind, o);
  }
  const off = f.times.map((t) => t.offByMs).sort((a, b) => a - b);
  return { order: [...worst.values()].map((o) => `${o.source} rho=${o.rho.toFixed(2)} n=${o.n}`), timesMatched: f.times.length, offByMs: off.length ? [off[0], off[off.length - 1]] : [], walResponses: f.walResponses };
}

const cluster = await startScratchCluster([DEPLOY_CONF]);
if (typeof cluster === "string") {
  if (process.env.CI === "true") throw new Error(`${cluster}; the PostgreSQL byte-level insider test must run in CI`);
  process.stderr.write(`\n\u001b[41m WARNING \u001b[0m ${cluster}: the PostgreSQL byte-level insider test is SKIPPED.\n\n`);
}
const describeCluster = typeof cluster === "string" ? describe.skip : describe;

describeCluster("insider with a seized PostgreSQL server's files (deploy settings)", () => {
  const scratch = cluster as ScratchCluster;
  let handle: DbHandle | undefined;
  let client: pg.Client | undefined;
  afterAll(async () => {
    await client?.end();
    await handle?.db.$disconnect();
    scratch.stop();
  });

  it("finds no order, no commit time and, after delete-all, nothing of the responses", async () => {
    const admin = new pg.Client({ connectionString: scratch.url("postgres") });
    await admin.connect();
    await admin.query(`CREATE DATABASE tyndau`);
    await admin.end();
    const target = parseDatabaseUrl(scratch.url("tyndau"));
    await migrate(target, ROOT);
    handle = createDb(target);
    await handle.ready;
    client = new pg.Client({ connectionString: scratch.url("tyndau") });
    await client.connect();
    await client.query("CREATE EXTENSION IF NOT EXISTS pageinspect");
    const settings = Object.fromEntries((await client.query<{ name: string; setting: string }>(`SELECT name, setting FROM pg_settings WHERE name IN ('wal_recycle', 'archive_mode', 'track_commit_timestamp')`)).rows.map((r) => [r.name, r.setting]));
    expect(settings, "the deploy settings are in force").toEqual({ wal_recycle: "off", archive_mode: "on", track_commit_timestamp: "off" });

    // Respondents, one after another, each in its own transaction.
    const rng = mulberry32(42);
    const arrival = new Map<string, number>();
    const sentAt = new Map<string, number>();
    const sent: { id: string; texts: string[] }[] = [];
    for (let i = 0; i < RESPONSES; i++) {
      const { body, texts } = responseWithLongTexts(rng);
      const result = await submitResponse(handle.db, body, { today: DAY });
      expect(result.status, `submission ${i}`).toBe("created");
      sentAt.set(body.id, Date.now()); // wall time on purpose: it is what PostgreSQL records
      arrival.set(body.id, i);
      sent.push({ id: body.id, texts });
      await new Promise((r) => setTimeout(r, 60));
    }
    const needles = needlesOf(sent);

    // The detectors see today's rows as they are on a live server: in arrival order,
    // with their commit times in the WAL.
    const live = await insiderReads(scratch, client, needles, arrival, sentAt);
    expect(live.order.filter((o) => o.source.startsWith("table") && Math.abs(o.rho) >= 0.9).length, JSON.stringify(live.order)).toBeGreaterThan(0);
    expect(live.times.length, "commit times matched before the close").toBeGreaterThanOrEqual(RESPONSES * 0.9);

    // The day ends.
    expect(await closeSubmissionDays(handle.db, CLOSE_AT, SETTINGS)).toEqual({ rewritten: RESPONSES, through: DAY });
    const closed = await insiderReads(scratch, client, needles, arrival, sentAt);
    if (process.env.PG_BYTES_REPORT) process.stderr.write(`${JSON.stringify({ live: summary(live), closed: summary(closed) }, null, 1)}\n`);
    expect(closed.order.filter((o) => o.source.startsWith("table")).length, "the rewritten tables were read").toBeGreaterThan(0);
    expect.soft(closed.order.filter((o) => Math.abs(o.rho) >= THRESHOLD), "order of arrival in pages, files or WAL after the day close").toEqual([]);
    expect.soft(closed.times, "WAL commit times tied to responses after the day close").toEqual([]);
    expect.soft(closed.walResponses, "responses whose id or text is still in pg_wal").toBe(0);
    expect(Number((await client.query(`SELECT count(*) AS n FROM "Answer" WHERE "text" IS NOT NULL AND length("text") = 1000`)).rows[0].n)).toBe(sent.reduce((n, s) => n + s.texts.length, 0));

    // "Delete all".
    expect(await deleteAllResponses(handle.db)).toBe(RESPONSES);
    await client.query("CHECKPOINT");
    const left = scanFiles(scratch.dataDir, needles).map((f) => ({ file: path.relative(scratch.dataDir, f.file), responses: new Set(f.hits.map((h) => h.owner)).size }));
    expect.soft(left, "ids or texts left in the data directory after delete-all").toEqual([]);
  }, 600_000);
});
