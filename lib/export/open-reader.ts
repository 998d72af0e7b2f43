// What every streamed response export (wide and long CSV, .sav, .xlsx) is opened with, and
// the one way they open their reader: the export's filters (with the release cut-off) over
// a database target, on the chosen engine. The reader is opened before any byte is sent,
// so a database failure is an error response, not a truncated file.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/db/url";
import type { Questionnaire } from "@/lib/questionnaire";
import { responseFilterSql, type ResponseFilters } from "@/lib/responses/filters";
import type { ExportExtras } from "./extra-columns";
import type { ExtraVariable } from "./extra-variable";
import { parseAnswers } from "./record";
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
  onFinish?: (outcome: StreamOutcome) => void | Promise<void>;
  /** The derived variables (quality, exclusion, …) to append, loaded once for this export. */
  extras?: ExportExtras;
}

/** The engine part of a config, for other queries on the same target (the .sav widths). */
export function engineOf(config: Pick<ResponseExportConfig, "db" | "engine">): { db?: Db; engine?: ReaderEngine } {
  return { ...(config.db ? { db: config.db } : {}), ...(config.engine ? { engine: config.engine } : {}) };
}

/** `filter` defaults to the config's filters; pass it when another query must use the very same one. */
/** Every export keeps the excluded cases, marked by `excluded` / `exclusion_reason`. */
export function exportFilterSql(config: Pick<ResponseExportConfig, "filters">): FilterSql {
  return responseFilterSql({ ...config.filters, includeExcluded: true });
}

export async function openExportReader(config: ResponseExportConfig, filter: FilterSql = exportFilterSql(config)): Promise<ResponseReader> {
  const reader = await openResponseReader({
    target: config.target,
    filter,
    ...engineOf(config),
    ...(config.batchSize ? { batchSize: config.batchSize } : {}),
  });
  const extras = config.extras;
  if (!extras) return reader;
  return {
    async next() {
      const records = await reader.next();
      for (const record of records) {
        record.extra = extras.cells({ id: record.id, answers: parseAnswers(record), answersHash: record.answersHash ?? "", completionBand: record.completionBand ?? null });
      }
      return records;
    },
    close: () => reader.close(),
  };
}

/** The column option that appends the derived variables, when the export carries them. */
export function extraOf(config: Pick<ResponseExportConfig, "extras">): { extra?: readonly ExtraVariable[] } {
  return config.extras ? { extra: config.extras.variables } : {};
}

/** The onFinish part of a config, for the stream. */
export function finishOf(config: Pick<ResponseExportConfig, "onFinish">): { onFinish?: ResponseExportConfig["onFinish"] } {
  return config.onFinish ? { onFinish: config.onFinish } : {};
}
