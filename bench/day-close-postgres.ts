// The PostgreSQL day close at scale (BENCHMARKS.md, "Day close on PostgreSQL"):
// N responses on ended days, then closeSubmissionDays while respondents keep
// submitting through the real write path (one every 20 ms, not waiting for each
// other). Reports how long the close takes and how long submissions waited during
// it; none may fail.
//   npx tsx --conditions=react-server bench/day-close-postgres.ts
//   BENCH_RESPONSES=100000 (default)   BENCH_DATABASE_URL=postgresql://…  (reuse a seeded database)
//   BENCH_BASELINE=60  (no close: the same submissions for 60 s, to tell the close's effect from the machine's)
import { randomUUID } from "node:crypto";
import { createDb, handleOf } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { parseDatabaseUrl } from "@/lib/db/url";
import { generateValidAnswers, mulberry32, questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { CLOSED_THROUGH_KEY } from "@/lib/responses/day-close";
import { closePostgresDays } from "@/lib/responses/day-close-postgres";
import { submitResponse } from "@/lib/responses/submit";
import { bulkSeed } from "./lib/bulk-seed";
import { freshDatabase, ROOT } from "./lib/servers";

const COUNT = Number(process.env.BENCH_RESPONSES ?? 100_000);
// Seeded rows are dated in early 2026 (bench/lib/bulk-seed.ts); the close runs "later".
const TODAY = "2026-06-01";

const reuse = process.env.BENCH_DATABASE_URL;
const database = reuse ? undefined : await freshDatabase("postgresql");
const url = reuse ?? database!.url;
const target = parseDatabaseUrl(url);
await migrate(target, ROOT);
if (!reuse) {
  const t = Date.now();
  await bulkSeed(url, COUNT, (m) => process.stderr.write(`\r${m}   `));
  process.stderr.write(`\nseeded ${COUNT} in ${((Date.now() - t) / 1000).toFixed(0)} s\n`);
}
const handle = createDb(target);
await handle.ready;
const { db } = handle;
await db.setting.deleteMany({ where: { key: CLOSED_THROUGH_KEY } }); // a reused database closes again
const responses = await db.response.count();
const answers = await db.answer.count();

const rng = mulberry32(9);
const latencies: number[] = [];
const failures: string[] = [];
let running = true;
const inFlight = new Set<Promise<void>>();
const submitter = (async () => {
  while (running) {
    const started = Date.now();
    const p = submitResponse(db, { id: randomUUID(), questionnaireVersion, locale: "kk", answers: generateValidAnswers(questionnaire, rng) }, { today: TODAY }).then((r) => {
      latencies.push(Date.now() - started);
      if (r.status !== "created") failures.push(r.status);
    });
    inFlight.add(p);
    void p.finally(() => inFlight.delete(p));
    await new Promise((r) => setTimeout(r, 20));
  }
})();

// BENCH_BASELINE=<seconds>: the same submissions without a close, for comparison.
const baseline = Number(process.env.BENCH_BASELINE ?? 0);
await new Promise((r) => setTimeout(r, 1_000 + baseline * 1_000));
const t0 = Date.now();
const phases: Record<string, number> = {};
let mark = t0;
const result = baseline
  ? { rewritten: 0, through: null }
  : await closePostgresDays(handleOf(db)!.pgPool!, TODAY, (phase) => {
      phases[phase] = (Date.now() - mark) / 1000;
      mark = Date.now();
    });
const closeSeconds = (Date.now() - t0) / 1000;
await new Promise((r) => setTimeout(r, 1_000));
running = false;
await submitter;
await Promise.all(inFlight);

const sorted = [...latencies].sort((a, b) => a - b);
const pct = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
console.log(
  JSON.stringify({
    responses,
    answers,
    rewritten: result.rewritten,
    closeSeconds,
    phaseSeconds: phases,
    submissionsDuringRun: latencies.length,
    failed: failures.length,
    latencyMs: { p50: pct(0.5), p99: pct(0.99), max: sorted[sorted.length - 1] ?? 0 },
  }),
);
await db.$disconnect();
await database?.drop();
if (failures.length > 0) process.exitCode = 1;
