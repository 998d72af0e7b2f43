// Gzipped first-load JavaScript and CSS of every respondent page, against the
// 150 KB budget (npm run bench:pages; enforced by e2e/respondent-bundle.spec.ts). Fetches each page from the production
// server, collects the scripts and stylesheets its HTML loads, and gzips each
// file as it would travel (level 6). Writes bench/results/page-weight.md.
import { gzipSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { LOCALES, questionnaire } from "@/lib/questionnaire";
import { freshDatabase, ROOT, startProcess } from "./lib/servers";

const BUDGET_KB = 150;
const pages = LOCALES.flatMap((l) => [
  `/${l}`,
  `/${l}/screening`,
  ...questionnaire.parts.map((_, i) => `/${l}/part/${i + 1}`),
  `/${l}/check`,
  `/${l}/thanks`,
]);

const database = await freshDatabase("sqlite");
const server = await startProcess([path.join(ROOT, "scripts", "server.mjs")], { DATABASE_URL: database.url }, 3990);
const cache = new Map<string, { raw: number; gz: number }>();
async function size(url: string) {
  if (!cache.has(url)) {
    const body = Buffer.from(await (await fetch(new URL(url, server.url))).arrayBuffer());
    cache.set(url, { raw: body.length, gz: gzipSync(body, { level: 6 }).length });
  }
  return cache.get(url)!;
}

const rows: { page: string; js: number; css: number; html: number; files: number }[] = [];
const largest = new Map<string, number>();
for (const page of pages) {
  const html = await (await fetch(new URL(page, server.url))).text();
  // `nomodule` scripts (Next's legacy polyfills) are skipped by every browser
  // that runs ES modules, i.e. all our supported browsers: not counted.
  const scripts = [...html.matchAll(/<script([^>]+)>/g)]
    .filter((m) => !/nomodule/i.test(m[1]!))
    .map((m) => /src="([^"]+)"/.exec(m[1]!)?.[1])
    .filter((s): s is string => Boolean(s));
  const styles = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1]!);
  let js = 0;
  let css = 0;
  for (const s of new Set(scripts)) {
    const { gz } = await size(s);
    js += gz;
    largest.set(s, gz);
  }
  for (const s of new Set(styles)) css += (await size(s)).gz;
  rows.push({ page, js, css, html: gzipSync(Buffer.from(html)).length, files: new Set(scripts).size });
}
await server.stop();
await database.drop();

const kb = (b: number) => (b / 1024).toFixed(1);
const table = [
  `Budget: ${BUDGET_KB} KB gzipped JavaScript per page (first load, framework included). ${new Date().toISOString().slice(0, 10)}.`,
  "",
  "| page | JS gz KB | CSS gz KB | HTML gz KB | scripts | within budget |",
  "| --- | ---: | ---: | ---: | ---: | :---: |",
  ...rows.map((r) => `| ${r.page} | ${kb(r.js)} | ${kb(r.css)} | ${kb(r.html)} | ${r.files} | ${r.js / 1024 <= BUDGET_KB ? "yes" : "**no**"} |`),
  "",
  "Largest scripts (gz KB): " +
    [...largest.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([s, gz]) => `${path.basename(s)} ${kb(gz)}`)
      .join(", "),
].join("\n");
mkdirSync(path.join(ROOT, "bench", "results"), { recursive: true });
writeFileSync(path.join(ROOT, "bench", "results", "page-weight.md"), table + "\n");
console.log(table);
