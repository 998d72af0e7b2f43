// One export in a process of its own, so its peak memory (maxRSS) is its own. Streams the
// file to /dev/null with backpressure, as an HTTP response would, and prints one JSON line.
// Usage: tsx --conditions=react-server bench/export-run.ts <database-url> <file> <engine>
import { questionnaire } from "../lib/questionnaire";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import { createDb } from "../lib/db/client";
import { parseDatabaseUrl } from "../lib/db/url";
import { openCsvExport, type CsvExportFile } from "../lib/export/csv-export";
import { openSavExport } from "../lib/export/sav-export";
import { openXlsxExport } from "../lib/export/xlsx-export";
import { DEFAULT_EXPORT_OPTIONS } from "../lib/export/options";
import type { ReaderEngine } from "../lib/export/source";

async function main(): Promise<void> {
  const [url, file, engine] = process.argv.slice(2) as [string, CsvExportFile | "responses.sav" | "responses.xlsx", ReaderEngine];
  const target = parseDatabaseUrl(url);
  const handle = engine === "prisma" ? createDb(target, { poolSize: 1 }) : undefined;
  await handle?.ready;
  const cpuStart = process.cpuUsage();
  const started = performance.now();
  let firstByte = 0;
  let bytes = 0;
  let rows = 0;
  const common = {
    options: DEFAULT_EXPORT_OPTIONS,
    filters: {},
    target,
    def: questionnaire,
    engine,
    ...(handle ? { db: handle.db } : {}),
    onFinish: (outcome: { rows: number }) => {
      rows = outcome.rows;
    },
  };
  const stream =
    file === "responses.sav" ? await openSavExport(common) : file === "responses.xlsx" ? await openXlsxExport(common) : await openCsvExport({ ...common, file });
  const counted = Readable.fromWeb(stream as unknown as NodeWebStream<Uint8Array>).map((chunk: Uint8Array) => {
    if (bytes === 0) firstByte = performance.now() - started;
    bytes += chunk.byteLength;
    return chunk;
  });
  await pipeline(counted, createWriteStream("/dev/null"));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  await handle?.db.$disconnect();
  process.stdout.write(
    `${JSON.stringify({ seconds, cpuSeconds, firstByteMs: firstByte, bytes, rows, maxRssMb: process.resourceUsage().maxRSS / 1024 })}\n`,
  );
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
