// The JavaScript budget of the respondent pages (decision 004, docs/decisions/), enforced on the production
// build: the gzipped first-load JavaScript of every respondent page — every script its
// HTML loads, framework included, gzipped at level 6 as it travels — must stay within
// BUDGET_KB (stretch goal: STRETCH_KB). `nomodule` scripts (legacy polyfills) are never
// fetched by the browsers we support and are not counted. The table is printed and written
// to .tmp/respondent-js.md for BENCHMARKS.md.
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { LOCALES } from "@/lib/questionnaire/locale";
import { questionnaire } from "./support/driver";

const BUDGET_KB = 150;
const STRETCH_KB = 120;

const pagesOf = (locale: string) => [
  `/${locale}`,
  `/${locale}/screening`,
  ...questionnaire.parts.map((_, i) => `/${locale}/part/${i + 1}`),
  `/${locale}/check`,
  `/${locale}/thanks`,
];

test(`every respondent page ships at most ${BUDGET_KB} KB of gzipped JavaScript on first load`, async ({ request }) => {
  const rows: string[] = [];
  const over: string[] = [];
  const sizes = new Map<string, number>();
  for (const path of LOCALES.flatMap(pagesOf)) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    const html = await response.text();
    const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
    const scripts = new Set(tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src)));
    let total = 0;
    for (const src of scripts) {
      if (!sizes.has(src)) {
        const script = await request.get(src);
        expect(script.status(), src).toBe(200);
        sizes.set(src, gzipSync(await script.body(), { level: 6 }).length);
      }
      total += sizes.get(src) ?? 0;
    }
    const kb = total / 1024;
    rows.push(`| ${path} | ${scripts.size} | ${kb.toFixed(1)} | ${kb <= STRETCH_KB ? "within stretch" : kb <= BUDGET_KB ? "within" : "**over**"} |`);
    // A page with no script at all would pass any budget while measuring nothing.
    expect(scripts.size, `${path} loads its scripts from <script src>`).toBeGreaterThan(0);
    if (kb > BUDGET_KB) over.push(`${path}: ${kb.toFixed(1)} KB`);
  }
  const table = [`| page | scripts | gzipped JS KB (first load) | budget ${BUDGET_KB} KB (stretch ${STRETCH_KB}) |`, "| --- | ---: | ---: | --- |", ...rows].join("\n");
  console.log(table);
  mkdirSync(".tmp", { recursive: true });
  writeFileSync(".tmp/respondent-js.md", `${table}\n`);
  expect(over, `over the ${BUDGET_KB} KB budget`).toEqual([]);
});
