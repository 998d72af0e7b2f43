// Writes lib/charts/noto-sans-metrics.json: the advance width (per 1000 em) of every
// character of the Noto Sans files the app serves (@fontsource/noto-sans, Latin and
// Cyrillic subsets: Kazakh's Ә Ғ Қ Ң Ө Ү Һ are in cyrillic-ext), regular and bold, read
// with fontkit. Charts lay text out with these widths (lib/charts/measure.ts);
// lib/charts/measure.test.ts checks the file still equals the font. Run:
//   npx tsx scripts/font-metrics.ts
import fs from "node:fs";
import path from "node:path";
import { fontMetricsFromFiles } from "./font-metrics-source";

const out = path.join(import.meta.dirname, "../lib/charts/noto-sans-metrics.json");
fs.writeFileSync(out, `${JSON.stringify(fontMetricsFromFiles())}\n`);
console.log(`wrote ${out}`);
