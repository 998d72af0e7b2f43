// Lighthouse 12 on every respondent page beside its two references (npm run bench:lighthouse).
// Builds the production bundle if it is stale (NEXT_DIST_DIR), starts it on a fresh
// SQLite database, and runs Lighthouse's default mobile preset (simulated slow 4G, 4x CPU
// slowdown) in Debian's Chromium, RUNS rounds; each round measures, interleaved so a busy
// minute hits all of them alike:
//   - "floor":  /bench/floor, a bare Next.js page rendering the same markup as part 2 with
//               server components only (app/bench/floor): what the framework itself costs;
//   - "static": the HTML of /en/part/2 with every script removed, served by a plain HTTP
//               server (styles proxied from the app): the limit;
//   - every respondent page (served without the framework runtime, each with only its
//     enhancement module: docs/decisions/018-respondent-runtime.md).
// Prints and writes the median of each figure and each page's ratios to both references
// (bench/results/lighthouse[-LABEL].md/.json; BENCHMARKS.md keeps the table).
//
//   npm run bench:lighthouse                          # en, 3 rounds
//   npm run bench:lighthouse -- --locales=kk,ru,en --runs=3 --label=after
//   npm run bench:lighthouse -- --only=start,part-2,check   # a subset (names with "-" for spaces)
//
// It is a benchmark, not a test: nothing here fails on a figure.
import { mkdirSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
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
const only = arg("only")?.split(",");
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
const server = await startProcess([path.join(ROOT, "scripts", "server.mjs")], { DATABASE_URL: database.url, RESULTS_DELAY: "none", BENCH_PAGES: "1" }, PORT);

// The limit: the same HTML as /en/part/2 without a single script, from a plain server.
const staticHtml = (await (await fetch(`${server.url}/en/part/2`)).text())
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "")
  .replace(/<link\b[^>]*\bas="script"[^>]*>/g, "");
const staticServer = createServer((req, res) => {
  if (req.url === "/" || req.url === "") {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(staticHtml);
    return;
  }
  // Styles and fonts come from the app, as they would from a CDN.
  fetch(server.url + (req.url ?? "/"))
    .then(async (r) => res.writeHead(r.status, { "content-type": r.headers.get("content-type") ?? "application/octet-stream", "cache-control": r.headers.get("cache-control") ?? "no-store" }).end(Buffer.from(await r.arrayBuffer())))
    .catch(() => res.writeHead(502).end());
});
await new Promise<void>((resolve) => staticServer.listen(PORT + 1, "127.0.0.1", resolve));
const staticUrl = `http://127.0.0.1:${PORT + 1}`;
// The parts are found by asking the server (part n exists until a 404), so the
// benchmark does not load the questionnaire definition itself.
let partCount = 0;
while (partCount < 20 && (await fetch(`${server.url}/en/part/${partCount + 1}`)).ok) partCount++;
const respondentPages = locales.flatMap((l) => [
  { name: "start", path: `/${l}` },
  { name: "screening", path: `/${l}/screening` },
  ...Array.from({ length: partCount }, (_, i) => ({ name: `part ${i + 1}`, path: `/${l}/part/${i + 1}` })),
  { name: "check", path: `/${l}/check` },
  { name: "thanks", path: `/${l}/thanks` },
]).filter((p) => !only || only.includes(p.name.replace(/ /g, "-")));
const FLOOR = { name: "floor", path: "/bench/floor?part=2&locale=en", url: `${server.url}/bench/floor?part=2&locale=en` };
const STATIC = { name: "static", path: "/en/part/2 without scripts", url: staticUrl };
const pages = [FLOOR, STATIC, ...respondentPages.map((p) => ({ ...p, url: server.url + p.path }))];

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
const byPage = new Map<string, Figures[]>(pages.map((p) => [p.path, []]));
try {
  for (let i = 0; i < RUNS; i++) {
    for (const page of pages) {
      loads.push(loadavg()[0]!);
      const lhr = await audit(page.url);
      const num = (id: string) => Number(lhr.audits[id]?.numericValue ?? NaN);
      const items = ((lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? []);
      const runs = byPage.get(page.path)!;
      runs.push({
        performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility?.score ?? 0) * 100),
        lcpMs: num("largest-contentful-paint"),
        tbtMs: num("total-blocking-time"),
        ttiMs: num("interactive"),
        fcpMs: num("first-contentful-paint"),
        clsX1000: num("cumulative-layout-shift") * 1000,
        jsBytes: items.find((it) => it.resourceType === "script")?.transferSize ?? 0,
      });
      process.stderr.write(`round ${i + 1}: ${page.path}: perf ${runs.at(-1)!.performance}, TBT ${Math.round(runs.at(-1)!.tbtMs)} ms\n`);
    }
  }
} finally {
  staticServer.close();
  await server.stop();
  await database.drop();
}
const rows = pages.map((page) => {
  const runs = byPage.get(page.path)!;
  const figures = Object.fromEntries((Object.keys(runs[0]!) as (keyof Figures)[]).map((k) => [k, median(runs.map((r) => r[k]))])) as Figures;
  return { page: page.name, path: page.path, figures, runs };
});
const floor = rows[0]!.figures;
const limit = rows[1]!.figures;

const s = (ms: number) => (ms / 1000).toFixed(2);
const ratio = (a: number, b: number) => (b > 0 ? (a / b).toFixed(2) : "–");
const table = [
  `Lighthouse 12.2.3 mobile preset (simulated slow 4G, 4x CPU), Debian Chromium, median of ${RUNS} interleaved rounds, ${new Date().toISOString().slice(0, 10)}${LABEL ? `, ${LABEL}` : ""}; machine load average (1 min) during the runs ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${cpus().length} cores. "floor": a bare Next.js page with the same markup as part 2 and no client code; "static": part 2's HTML without scripts. Ratios: the page's TBT and LCP over the floor's (target ≤ 1.3 and ≤ 1.2) and over static's.`,
  "",
  "| page | path | perf | a11y | FCP s | LCP s | TBT ms | CLS | JS KB | TBT ÷ floor | LCP ÷ floor | TBT ÷ static | LCP ÷ static | JS KB above floor |",
  "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map(
    ({ page, path: p, figures: f }) =>
      `| ${page} | ${p} | ${f.performance} | ${f.accessibility} | ${s(f.fcpMs)} | ${s(f.lcpMs)} | ${Math.round(f.tbtMs)} | ${(f.clsX1000 / 1000).toFixed(3)} | ${(f.jsBytes / 1024).toFixed(1)} | ${ratio(f.tbtMs, floor.tbtMs)} | ${ratio(f.lcpMs, floor.lcpMs)} | ${ratio(f.tbtMs, limit.tbtMs)} | ${ratio(f.lcpMs, limit.lcpMs)} | ${((f.jsBytes - floor.jsBytes) / 1024).toFixed(1)} |`,
  ),
].join("\n");
const out = path.join(ROOT, "bench", "results");
mkdirSync(out, { recursive: true });
const base = `lighthouse${LABEL ? `-${LABEL}` : ""}`;
writeFileSync(path.join(out, `${base}.md`), table + "\n");
writeFileSync(path.join(out, `${base}.json`), JSON.stringify(rows, null, 2) + "\n");
console.log(table);
