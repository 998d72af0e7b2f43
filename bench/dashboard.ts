// Server time of the dashboard's data queries with 100,000 responses (npm run
// bench:dashboard -- <DATABASE_URL>): overview and per-question results, with no
// filter and with two filters; first view, repeat view (per-instance cache of
// grouped counts, see lib/dashboard/cache.ts) and after one new response.
import { performance } from "node:perf_hooks";
import { createDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { parseDatabaseUrl } from "@/lib/db/url";
import { seedDemoResponses } from "@/lib/demo/seed";
import { inflateResponses, timeDashboard } from "@/lib/demo/benchmark";

const url = process.argv[2] ?? process.env.DATABASE_URL ?? "file:./.tmp/bench/dashboard.db";
const target = parseDatabaseUrl(url);
await migrate(target, process.cwd());
const handle = createDb(target);
await handle.ready;
const q = { db: handle.db, provider: handle.provider };
if ((await handle.db.response.count()) === 0) {
  let t = Date.now();
  await seedDemoResponses(handle.db, { count: 3000, seed: 1 });
  console.log("seeded 3000 in", Date.now() - t, "ms");
  t = Date.now();
  console.log("inflated to", await inflateResponses(q, 3000, 100_000), "in", Date.now() - t, "ms");
  if (handle.provider === "postgresql") await handle.db.$executeRawUnsafe("ANALYZE");
  else await handle.db.$queryRawUnsafe("ANALYZE");
}
const cases = { "no filter": {}, "two filters (gender=2, region=1,2,3)": { gender: [2], region: [1, 2, 3] } };
for (const [name, filters] of Object.entries(cases)) {
  const cold = await timeDashboard(q, filters);
  console.log(`${handle.provider} ${name}: COLD overview ${cold.overviewMs.toFixed(0)} ms, results ${cold.resultsMs.toFixed(0)} ms`);
  const runs = [];
  for (let i = 0; i < 5; i++) runs.push(await timeDashboard(q, filters));
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(`${handle.provider} ${name}: overview median ${med(runs.map((r) => r.overviewMs)).toFixed(0)} ms, results median ${med(runs.map((r) => r.resultsMs)).toFixed(0)} ms`);
}
// The crosstab page (no cache: one grouped self-join per view): the widest pair (region ×
// age group) and a question pair, unfiltered and filtered; first view then the median of 5.
const { crosstab } = await import("@/lib/dashboard/crosstab");
const { questionnaire: def } = await import("@/lib/questionnaire");
for (const [row, col] of [
  ["Q4", "Q5"],
  ["Q9", "Q32"],
] as const) {
  for (const [name, filters] of Object.entries(cases)) {
    const times: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t0 = performance.now();
      await crosstab(q, def, "en", row, col, filters);
      times.push(performance.now() - t0);
    }
    const [first, ...rest] = times;
    rest.sort((a, b) => a - b);
    console.log(`${handle.provider} crosstab ${row}×${col} ${name}: first ${first!.toFixed(0)} ms, median ${rest[Math.floor(rest.length / 2)]!.toFixed(0)} ms`);
  }
}
// One new response arrives (as a submission does, through the group committer): the next
// view aggregates only it.
const { submitToStore } = await import("@/lib/responses/batch-store");
const { demoResponses } = await import("@/lib/demo/demo");
const { questionnaire, questionnaireVersion } = await import("@/lib/questionnaire");
for (const [name, filters] of Object.entries(cases)) {
  const [r] = demoResponses(questionnaire, { count: 1, seed: Date.now() % 100000 });
  await submitToStore(handle.db, { record: { ...r!, questionnaireVersion } });
  const t = await timeDashboard(q, filters);
  console.log(`${handle.provider} ${name}: AFTER ONE NEW RESPONSE overview ${t.overviewMs.toFixed(0)} ms, results ${t.resultsMs.toFixed(0)} ms`);
}
// A server restart: a new client has an empty cache. instrumentation.ts warms the unfiltered
// aggregates in the background at start (lib/dashboard/warmup.ts); the first view then reads them.
{
  const { warmDashboard } = await import("@/lib/dashboard/warmup");
  const restarted = createDb(target);
  await restarted.ready;
  const q2 = { db: restarted.db, provider: restarted.provider };
  const warmMs = await warmDashboard(q2);
  const first = await timeDashboard(q2, {});
  console.log(
    `${handle.provider} no filter: AFTER A RESTART warm-up (background) ${warmMs.toFixed(0)} ms, then FIRST VIEW overview ${first.overviewMs.toFixed(0)} ms, results ${first.resultsMs.toFixed(0)} ms`,
  );
  await restarted.db.$disconnect();
}
await handle.db.$disconnect();
