// Submission latency as the table grows (npm run bench:growth): the same load
// (16 connections, valid varied responses) against the production server with
// 0, 100,000 and 1,000,000 responses already stored, on SQLite and PostgreSQL.
// It must stay flat: nothing on the write path may scan the table.
//   BENCH_SIZES=0,100000,1000000 BENCH_PROVIDERS=sqlite,postgresql BENCH_SECONDS=15
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bulkSeed } from "./lib/bulk-seed";
import { postLoad, type LoadResult } from "./lib/load";
import { freshDatabase, ROOT, startProcess } from "./lib/servers";

const SIZES = (process.env.BENCH_SIZES ?? "0,100000,1000000").split(",").map(Number);
const PROVIDERS = (process.env.BENCH_PROVIDERS ?? "sqlite,postgresql").split(",") as ("sqlite" | "postgresql")[];
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 16;

const rows: (LoadResult & { provider: string; size: number; seedSeconds: number })[] = [];
let port = 3960;
for (const provider of PROVIDERS) {
  for (const size of SIZES) {
    const database = await freshDatabase(provider);
    const t = Date.now();
    await bulkSeed(database.url, size, (m) => process.stderr.write(`\r${provider}: ${m}   `));
    const seedSeconds = (Date.now() - t) / 1000;
    const server = await startProcess([path.join(ROOT, "scripts", "server.mjs")], { DATABASE_URL: database.url, SUBMISSIONS_PER_MINUTE: "1000000000", RESULTS_DELAY: "none" }, port++);
    await postLoad(server.url, "/api/responses", 4, 3);
    const r = await postLoad(server.url, "/api/responses", CONNECTIONS, SECONDS);
    rows.push({ ...r, provider, size, seedSeconds });
    console.log(JSON.stringify(rows[rows.length - 1]));
    await server.stop();
    await database.drop();
  }
}

const table = [
  `${CONNECTIONS} connections, ${SECONDS} s per run, ${new Date().toISOString().slice(0, 10)}.`,
  "",
  "| database | responses already stored | req/s | p50 ms | p99 ms | non-2xx |",
  "| --- | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map((r) => `| ${r.provider} | ${r.size.toLocaleString("en")} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.non2xx + r.errors} |`),
].join("\n");
mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(path.join(ROOT, "bench", "results", "growth.md"), table + "\n");
console.log("\n" + table);
