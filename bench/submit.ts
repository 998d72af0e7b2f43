// Submission throughput and latency, side by side in one run (npm run bench:submit):
//   app       POST /api/responses on the production server (validation, rate
//             limit, durable storage)
//   framework POST /api/bench/floor on the same server: parse the same JSON,
//             answer 201 (the framework floor)
//   hardware  bench/hardware-floor.ts: node:http + the same zod validation +
//             the database driver directly, one transaction per response
// for SQLite and PostgreSQL at 1, 16 and 64 connections. Writes a Markdown
// table to bench/results/submit.md and prints it.
//   BENCH_SECONDS=20 BENCH_CONNECTIONS=1,16,64 BENCH_PROVIDERS=sqlite,postgresql
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { postLoad, type LoadResult } from "./lib/load";
import { freshDatabase, ROOT, startProcess, type RunningServer } from "./lib/servers";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const CONNECTIONS = (process.env.BENCH_CONNECTIONS ?? "1,16,64").split(",").map(Number);
const PROVIDERS = (process.env.BENCH_PROVIDERS ?? "sqlite,postgresql").split(",") as ("sqlite" | "postgresql")[];
const TARGETS = (process.env.BENCH_TARGETS ?? "app,framework,hardware").split(",");

type Result = LoadResult & { provider: string; target: string };

async function startTarget(target: string, databaseUrl: string, port: number): Promise<RunningServer> {
  if (target === "hardware") return startProcess(["--conditions=react-server", "--import", "tsx", path.join(ROOT, "bench", "hardware-floor.ts")], { DATABASE_URL: databaseUrl }, port);
  return startProcess([path.join(ROOT, "scripts", "server.mjs")], { DATABASE_URL: databaseUrl, TYNDAU_BENCH: "1", SUBMISSIONS_PER_MINUTE: "1000000000", RESULTS_DELAY: "none" }, port);
}

const results: Result[] = [];
let port = 3900;
for (const provider of PROVIDERS) {
  for (const connections of CONNECTIONS) {
    for (const target of TARGETS) {
      const database = await freshDatabase(provider);
      const server = await startTarget(target, database.url, port++);
      const pathName = target === "framework" ? "/api/bench/floor" : target === "app" ? "/api/responses" : "/submit";
      await postLoad(server.url, pathName, Math.min(connections, 8), 3).catch(() => undefined); // warm-up
      const r = await postLoad(server.url, pathName, connections, SECONDS);
      results.push({ provider, target, ...r });
      console.log(JSON.stringify(results[results.length - 1]));
      await server.stop();
      await database.drop();
    }
  }
}

const find = (p: string, t: string, c: number) => results.find((r) => r.provider === p && r.target === t && r.connections === c);
const lines = [
  `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${new Date().toISOString().slice(0, 10)}; ${SECONDS} s per run; load generator (autocannon) on the same machine.`,
  "",
  "| database | connections | app req/s | app p50 / p99 ms | framework floor req/s | hardware floor req/s | app ÷ framework | app ÷ hardware | non-2xx |",
  "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
];
for (const provider of PROVIDERS) {
  for (const c of CONNECTIONS) {
    const app = find(provider, "app", c);
    const fw = find(provider, "framework", c);
    const hw = find(provider, "hardware", c);
    const ratio = (a?: Result, b?: Result) => (a && b && b.rps > 0 ? (a.rps / b.rps).toFixed(2) : "–");
    lines.push(
      `| ${provider} | ${c} | ${app?.rps.toFixed(0) ?? "–"} | ${app ? `${app.p50} / ${app.p99}` : "–"} | ${fw?.rps.toFixed(0) ?? "–"} | ${hw?.rps.toFixed(0) ?? "–"} | ${ratio(app, fw)} | ${ratio(app, hw)} | ${app ? app.non2xx + app.errors : "–"} |`,
    );
  }
}
const table = lines.join("\n");
mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(path.join(ROOT, "bench", "results", "submit.md"), table + "\n");
writeFileSync(path.join(ROOT, "bench", "results", "submit.json"), JSON.stringify(results, null, 2));
console.log("\n" + table);
