// The JavaScript budget of the respondent pages (decision 004, docs/decisions/), enforced on the production
// build: the gzipped first-load JavaScript of every respondent page — every script its
// HTML loads, framework included, gzipped at level 6 as it travels — must stay within
// BUDGET_KB (stretch goal: STRETCH_KB). `nomodule` scripts (legacy polyfills) are never
// fetched by the browsers we support and are not counted. The table is printed and written
// to .tmp/respondent-js.md for BENCHMARKS.md.
//
// Our own part of it is held to OWN_BUDGET_KB: the scripts a page loads that the framework
// floor does not (app/bench/floor: the same markup as a question page, served by Next.js
// with no client code of ours), so the framework's own runtime, which every Next.js page
// pays, is not counted, and everything we add is.
import { mkdirSync, writeFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { LOCALES } from "@/lib/questionnaire/locale";
import { questionnaire } from "./support/driver";

const BUDGET_KB = 150;
const STRETCH_KB = 120;
const OWN_BUDGET_KB = 10;
const FLOOR = "/bench/floor?part=2&locale=en";

const pagesOf = (locale: string) => [
  `/${locale}`,
  `/${locale}/screening`,
  ...questionnaire.parts.map((_, i) => `/${locale}/part/${i + 1}`),
  `/${locale}/check`,
  `/${locale}/thanks`,
];

async function scriptsOf(request: APIRequestContext, path: string): Promise<Set<string>> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  const html = await response.text();
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule/i.test(tag));
  return new Set(tags.map((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src)));
}

test(`every respondent page ships at most ${BUDGET_KB} KB of gzipped JavaScript on first load, ${OWN_BUDGET_KB} KB of it ours`, async ({ request }) => {
  const rows: string[] = [];
  const over: string[] = [];
  const sizes = new Map<string, number>();
  const gzipped = async (srcs: Iterable<string>) => {
    let total = 0;
    for (const src of srcs) {
      if (!sizes.has(src)) {
        const script = await request.get(src);
        expect(script.status(), src).toBe(200);
        sizes.set(src, gzipSync(await script.body(), { level: 6 }).length);
      }
      total += sizes.get(src) ?? 0;
    }
    return total / 1024;
  };
  const floor = await scriptsOf(request, FLOOR);
  const floorKb = await gzipped(floor);
  for (const path of LOCALES.flatMap(pagesOf)) {
    const scripts = await scriptsOf(request, path);
    const kb = await gzipped(scripts);
    const own = await gzipped([...scripts].filter((src) => !floor.has(src)));
    rows.push(`| ${path} | ${scripts.size} | ${kb.toFixed(1)} | ${own.toFixed(1)} | ${kb <= STRETCH_KB ? "within stretch" : kb <= BUDGET_KB ? "within" : "**over**"} | ${own <= OWN_BUDGET_KB ? "within" : "**over**"} |`);
    // The pages ship no framework runtime (decision 018): only their enhancement module, and
    // the thank-you page, which has nothing to enhance, none. A page with no script where one
    // is expected would pass any budget while measuring nothing.
    expect([...scripts].filter((src) => src.startsWith("/_next/")), `${path} loads no framework script`).toEqual([]);
    expect(scripts.size, `${path} loads its enhancement module`).toBe(path.endsWith("/thanks") ? 0 : 1);
    if (kb > BUDGET_KB) over.push(`${path}: ${kb.toFixed(1)} KB`);
    if (own > OWN_BUDGET_KB) over.push(`${path}: ${own.toFixed(1)} KB of our own`);
  }
  const table = [
    `| page | scripts | gzipped JS KB (first load) | ours: above the floor's ${floorKb.toFixed(1)} KB | budget ${BUDGET_KB} KB (stretch ${STRETCH_KB}) | ours ≤ ${OWN_BUDGET_KB} KB |`,
    "| --- | ---: | ---: | ---: | --- | --- |",
    ...rows,
  ].join("\n");
  console.log(table);
  mkdirSync(".tmp", { recursive: true });
  writeFileSync(".tmp/respondent-js.md", `${table}\n`);
  // The floor is a real Next.js page with the framework's chunks: what the pages load above it is ours.
  expect(floor.size).toBeGreaterThan(0);
  expect(over, "over a budget").toEqual([]);
});
