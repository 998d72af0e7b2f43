// Benchmark, not a test: the gzipped JavaScript each respondent page ships on first load
// (framework included), against the 130 KB budget: every script the page's HTML loads.
// Results are printed and written to .tmp/respondent-js.md for BENCHMARKS.md; the run
// never fails on the budget.
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";

const PAGES = ["/en", "/en/screening", "/en/part/1", "/en/part/2", "/en/part/3", "/en/part/4", "/en/check", "/en/thanks"];
const BUDGET_KB = 130;

test("gzipped first-load JavaScript per respondent page", async ({ request }) => {
  const rows: string[] = [];
  const sizes = new Map<string, number>();
  for (const path of PAGES) {
    const html = await (await request.get(path)).text();
    // noModule scripts (legacy polyfills) are never fetched by the browsers we support.
    const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
    const scripts = new Set(tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src)));
    let total = 0;
    for (const src of scripts) {
      if (!sizes.has(src)) sizes.set(src, gzipSync(await (await request.get(src)).body(), { level: 6 }).length);
      total += sizes.get(src) ?? 0;
    }
    const kb = total / 1024;
    rows.push(`| ${path.replace("/en", "") || "/"} | ${scripts.size} | ${kb.toFixed(1)} KB | ${kb <= BUDGET_KB ? "within" : "over"} |`);
    expect(scripts.size, path).toBeGreaterThan(0);
  }
  const table = ["| page | scripts | gzipped JS (first load) | budget 130 KB |", "| --- | --- | --- | --- |", ...rows].join("\n");
  console.log(table);
  mkdirSync(".tmp", { recursive: true });
  writeFileSync(".tmp/respondent-js.md", `${table}\n`);
});
