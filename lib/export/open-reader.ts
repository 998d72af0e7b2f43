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
import type { ExtraColumnSet } from "./extra-columns";

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
  /** Columns added after collection (./extra-columns); their values join each batch. */
  extra?: ExtraColumnSet;
}

/** The engine part of a config, for other queries on the same target (the .sav widths). */
export function engineOf(config: Pick<ResponseExportConfig, "db" | "engine">): { db?: Db; engine?: ReaderEngine } {
  return { ...(config.db ? { db: config.db } : {}), ...(config.engine ? { engine: config.engine } : {}) };
}

/** Every export keeps the excluded cases, marked by `excluded` / `exclusion_reason`. */
export function exportFilterSql(config: Pick<ResponseExportConfig, "filters">): FilterSql {
  return responseFilterSql({ ...config.filters, includeExcluded: true });
}

/** `filter` defaults to the config's filters; pass it when another query must use the very same one. */
export async function openExportReader(config: ResponseExportConfig, filter: FilterSql = exportFilterSql(config)): Promise<ResponseReader> {
  const reader = await openResponseReader({
    target: config.target,
    filter,
    ...engineOf(config),
    ...(config.batchSize ? { batchSize: config.batchSize } : {}),
  });
  const extra = config.extra;
  if (!extra || extra.columns.length === 0) return reader;
  return {
    async next() {
      const batch = await reader.next();
      if (batch.length === 0) return batch;
      const values = await extra.valuesFor(batch);
      return batch.map((r) => ({ ...r, extra: values.get(r.id) ?? {} }));
    },
    close: () => reader.close(),
  };
}

/** The extra columns part of a config, for the layouts. */
export function extraColumnsOf(config: Pick<ResponseExportConfig, "extra">): { extra?: ExtraColumnSet["columns"] } {
  return config.extra && config.extra.columns.length > 0 ? { extra: config.extra.columns } : {};
}

/** The onFinish part of a config, for the stream. */
export function finishOf(config: Pick<ResponseExportConfig, "onFinish">): { onFinish?: ResponseExportConfig["onFinish"] } {
  return config.onFinish ? { onFinish: config.onFinish } : {};
}
