// Lighthouse 12 on every respondent page (npm run bench:lighthouse).
// Builds the production bundle if it is stale (NEXT_DIST_DIR), starts it on a
// fresh SQLite database, and runs Lighthouse's default mobile preset (simulated
// slow 4G, 4x CPU slowdown) in Debian's Chromium, RUNS times per page; prints
// and writes the median of each figure (bench/results/lighthouse[-LABEL].md/.json).
//
//   npm run bench:lighthouse                          # en, 3 runs per page
//   npm run bench:lighthouse -- --locales=kk,ru,en --runs=3 --label=after
//
// It is a benchmark, not a test: nothing here fails on a figure.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { ensureBuild } from "../scripts/ensure-build";
import { LOCALES } from "@/lib/questionnaire/locale";
import { freshDatabase, ROOT, startProcess } from "./lib/servers";

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const RUNS = Number(arg("runs") ?? 3);
const LABEL = arg("label");
const PORT = Number(arg("port") ?? process.env.BENCH_PORT ?? 3991);
const locales = (arg("locales") ?? "en").split(",").filter((l): l is (typeof LOCALES)[number] => (LOCALES as readonly string[]).includes(l));
const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];


type Figures = { performance: number; accessibility: number; lcpMs: number; tbtMs: number; ttiMs: number; fcpMs: number; clsX1000: number; jsBytes: number };

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

// TYNDAU_SKIP_BUILD=1 measures the build that is there (e.g. a "before" while sources change).
if (process.env.TYNDAU_SKIP_BUILD !== "1") ensureBuild(ROOT);
// BENCH_DATABASE_URL: an already migrated database (e.g. one matching an older build).
const database = process.env.BENCH_DATABASE_URL ? { url: process.env.BENCH_DATABASE_URL, drop: async () => {} } : await freshDatabase("sqlite");
const server = await startProcess([path.join(ROOT, "scripts", "server.mjs")], { DATABASE_URL: database.url, RESULTS_DELAY: "none" }, PORT);
// The parts are found by asking the server (part n exists until a 404), so the
// benchmark does not load the questionnaire definition itself.
let partCount = 0;
while (partCount < 20 && (await fetch(`${server.url}/en/part/${partCount + 1}`)).ok) partCount++;
const pages = locales.flatMap((l) => [
  { name: "start", path: `/${l}` },
  { name: "screening", path: `/${l}/screening` },
  ...Array.from({ length: partCount }, (_, i) => ({ name: `part ${i + 1}`, path: `/${l}/part/${i + 1}` })),
  { name: "check", path: `/${l}/check` },
  { name: "thanks", path: `/${l}/thanks` },
]);

// A fresh browser (and profile: cold cache, empty storage) per run, as the CLI
// does; a run whose trace Lighthouse cannot read (NO_NAVSTART, seen now and then
// with a reused browser) is repeated, at most twice.
async function audit(url: string) {
  for (let attempt = 1; ; attempt++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: CHROME_FLAGS, logLevel: "error" });
    try {
      // Default config = mobile preset: formFactor mobile, simulated slow 4G, 4x CPU.
      const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] });
      if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (!lhr.runtimeError) return lhr;
      if (attempt >= 3) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      process.stderr.write(`${url}: ${lhr.runtimeError.code}, again\n`);
    } finally {
      chrome.kill();
    }
  }
}

// Lighthouse's simulated throttling scales the CPU time it observes, so a busy machine
// inflates TBT/TTI: the load during the runs is reported with the figures.
const loads: number[] = [];
const rows: { page: string; path: string; figures: Figures; runs: Figures[] }[] = [];
try {
  for (const page of pages) {
    const runs: Figures[] = [];
    for (let i = 0; i < RUNS; i++) {
      loads.push(loadavg()[0]!);
      const lhr = await audit(server.url + page.path);
      const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
      const items = ((lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? []);
      runs.push({
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        lcpMs: num("largest-contentful-paint"),
        tbtMs: num("total-blocking-time"),
        ttiMs: num("interactive"),
        fcpMs: num("first-contentful-paint"),
        clsX1000: num("cumulative-layout-shift") * 1000,
        jsBytes: items.find((it) => it.resourceType === "script")?.transferSize ?? NaN,
      });
      process.stderr.write(`${page.path} run ${i + 1}: perf ${runs.at(-1)!.performance}\n`);
    }
    const figures = Object.fromEntries(
      (Object.keys(runs[0]!) as (keyof Figures)[]).map((k) => [k, median(runs.map((r) => r[k]))]),
    ) as Figures;
    rows.push({ page: page.name, path: page.path, figures, runs });
  }
} finally {
  await server.stop();
  await database.drop();
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const table = [
  `Lighthouse 12 mobile preset (simulated slow 4G, 4x CPU), Debian Chromium, median of ${RUNS} runs, ${new Date().toISOString().slice(0, 10)}${LABEL ? `, ${LABEL}` : ""}; machine load average (1 min) during the runs ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${cpus().length} cores.`,
  "",
  "| page | path | performance | accessibility | FCP s | LCP s | TBT ms | TTI s | CLS | JS transferred KB |",
  "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map(
    ({ page, path: p, figures: f }) =>
      `| ${page} | ${p} | ${f.performance} | ${f.accessibility} | ${s(f.fcpMs)} | ${s(f.lcpMs)} | ${Math.round(f.tbtMs)} | ${s(f.ttiMs)} | ${(f.clsX1000 / 1000).toFixed(3)} | ${(f.jsBytes / 1024).toFixed(1)} |`,
  ),
].join("\n");
const out = path.join(ROOT, "bench", "results");
mkdirSync(out, { recursive: true });
const base = `lighthouse${LABEL ? `-${LABEL}` : ""}`;
writeFileSync(path.join(out, `${base}.md`), table + "\n");
writeFileSync(path.join(out, `${base}.json`), JSON.stringify(rows, null, 2) + "\n");
console.log(table);
