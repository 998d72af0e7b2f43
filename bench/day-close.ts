// The day close at 100,000 responses (npm run bench:day-close -- [sqlite|postgresql]):
// how long the close takes, how long SQLite's VACUUM and WAL truncation take within it,
// and what a submission costs while it runs (none may fail: they wait). 100,000
// responses over 87 days (bench/lib/bulk-seed.ts); every day but the last is marked
// closed already, so the close rewrites one day, as after a real midnight. SQLite's
// VACUUM rewrites the whole file whatever the day's size. Results in BENCHMARKS.md.
import { randomUUID } from "node:crypto";
import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { createDb } from "@/lib/db/client";
import { generateValidAnswers, LOCALES, mulberry32, questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { closeSubmissionDays, CLOSED_THROUGH_KEY } from "@/lib/responses/day-close";
import { closeSqliteDays } from "@/lib/responses/day-close-sqlite";
import { submitResponse } from "@/lib/responses/submit";
import { bulkSeed } from "./lib/bulk-seed";
import { freshDatabase } from "./lib/servers";

const provider = process.argv[2] === "postgresql" ? "postgresql" : "sqlite";
const COUNT = Number(process.env.BENCH_RESPONSES ?? 100_000);
const TODAY = "2026-03-29";
const CLOSE_AT = new Date("2026-03-29T00:00:05+05:00");

const database = await freshDatabase(provider);
try {
  let t = performance.now();
  await bulkSeed(database.url, COUNT);
  console.log(`${provider}: seeded ${COUNT} responses in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  const handle = createDb((await import("@/lib/db/url")).parseDatabaseUrl(database.url));
  await handle.ready;
  const { db } = handle;
  const days = (await db.response.groupBy({ by: ["submittedOn"], _count: true, orderBy: { submittedOn: "asc" } })).map((d) => ({ day: d.submittedOn, n: d._count }));
  const last = days[days.length - 1]!;
  await db.setting.upsert({ where: { key: CLOSED_THROUGH_KEY }, create: { key: CLOSED_THROUGH_KEY, value: days[days.length - 2]!.day }, update: { value: days[days.length - 2]!.day } });
  if (handle.target.provider === "sqlite") console.log(`sqlite: file ${(statSync(handle.target.filePath).size / 1e6).toFixed(0)} MB; the day to close (${last.day}) has ${last.n} responses`);
  else console.log(`postgresql: the day to close (${last.day}) has ${last.n} responses`);

  const rng = mulberry32(9);
  const submitOne = async () => {
    const started = performance.now();
    const r = await submitResponse(db, { id: randomUUID(), questionnaireVersion, locale: LOCALES[Math.floor(rng() * 3)]!, answers: generateValidAnswers(questionnaire, rng) }, { today: TODAY });
    return { ms: performance.now() - started, ok: r.status === "created" };
  };
  const summary = (xs: { ms: number; ok: boolean }[]) => {
    const ms = xs.map((x) => x.ms).sort((a, b) => a - b);
    const q = (p: number) => ms[Math.min(ms.length - 1, Math.floor(p * ms.length))]!.toFixed(0);
    return `${xs.length} submissions, ${xs.filter((x) => !x.ok).length} failed, median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${q(1)} ms`;
  };

  // Baseline: one submission after another, 20 ms apart.
  const baseline = [];
  for (let i = 0; i < 50; i++) {
    baseline.push(await submitOne());
    await new Promise((r) => setTimeout(r, 20));
  }
  console.log(`${provider}: before the close: ${summary(baseline)}`);

  let closing = true;
  const during: { ms: number; ok: boolean }[] = [];
  const load = (async () => {
    while (closing) {
      during.push(await submitOne().catch(() => ({ ms: 0, ok: false })));
      await new Promise((r) => setTimeout(r, 20));
    }
  })();
  t = performance.now();
  if (handle.target.provider === "sqlite") {
    const r = await closeSqliteDays(handle.target.filePath, TODAY);
    console.log(`sqlite: close ${(performance.now() - t).toFixed(0)} ms (VACUUM ${r.vacuumMs.toFixed(0)} ms, WAL checkpoint + truncate ${r.checkpointMs.toFixed(0)} ms), rewrote ${r.rewritten}, through ${r.through}`);
  } else {
    const r = await closeSubmissionDays(db, CLOSE_AT, { delay: "day", timeZone: "Asia/Almaty" });
    console.log(`postgresql: close ${(performance.now() - t).toFixed(0)} ms (rewrite + VACUUM of the day's rows), rewrote ${r.rewritten}, through ${r.through}`);
  }
  closing = false;
  await load;
  console.log(`${provider}: during the close: ${summary(during)}`);
  await db.$disconnect();
} finally {
  await database.drop();
}
