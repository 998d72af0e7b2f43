// What every streamed response export (wide and long CSV, .sav, .xlsx) is opened with, and
// the one way they open their reader: the export's filters (with the release cut-off) over
// a database target, on the chosen engine. The reader is opened before any byte is sent,
// so a database failure is an error response, not a truncated file.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/db/url";
import type { CodebookContext, Questionnaire } from "@/lib/questionnaire";
import { responseFilterSql, type ResponseFilters } from "@/lib/responses/filters";
import { openResponseReader, type FilterSql, type ReaderEngine, type ResponseReader } from "./source";
import type { StreamOutcome } from "./byte-stream";

export interface ResponseExportConfig {
  filters: ResponseFilters;
  target: DatabaseTarget;
  /** For the prisma engine. */
  db?: Db;
  engine?: ReaderEngine;
  batchSize?: number;
  /** The active definition (labels from the newest version). */
  def: Questionnaire;
  /** The published versions' text changes, for a codebook written into the file (.xlsx). */
  codebook?: CodebookContext;
  onFinish?: (outcome: StreamOutcome) => void | Promise<void>;
}

/** The engine part of a config, for other queries on the same target (the .sav widths). */
export function engineOf(config: Pick<ResponseExportConfig, "db" | "engine">): { db?: Db; engine?: ReaderEngine } {
  return { ...(config.db ? { db: config.db } : {}), ...(config.engine ? { engine: config.engine } : {}) };
}

/** `filter` defaults to the config's filters; pass it when another query must use the very same one. */
export function openExportReader(config: ResponseExportConfig, filter: FilterSql = responseFilterSql(config.filters)): Promise<ResponseReader> {
  return openResponseReader({
    target: config.target,
    filter,
    ...engineOf(config),
    ...(config.batchSize ? { batchSize: config.batchSize } : {}),
  });
}

/** The onFinish part of a config, for the stream. */
export function finishOf(config: Pick<ResponseExportConfig, "onFinish">): { onFinish?: ResponseExportConfig["onFinish"] } {
  return config.onFinish ? { onFinish: config.onFinish } : {};
}
