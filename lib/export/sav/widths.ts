// String widths of the .sav from the data, not from the definition: before the cases are
// streamed, one aggregate query reads the largest UTF-8 byte length of each open-text
// variable among the exported responses (the same filter and release cut-off as the
// reader), so a column of short answers is not declared 4,000 bytes wide. Cells are still
// written exactly as stored; a text longer than its declared width (only possible with
// RESULTS_DELAY=none, if a longer answer arrives during the download) stops the export
// loudly in CaseEncoder rather than being cut.
import "server-only";
import type { Db } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/db/url";
import { toProviderSql } from "@/lib/responses/filters";
import { SPSS_MAX_STRING_BYTES } from "../wide-columns";
import { connect, type FilterSql, type ReaderEngine } from "../source";

/** Largest text in UTF-8 bytes per answer variable; variables without text are absent. */
export type TextWidths = ReadonlyMap<string, number>;

export interface WidthQueryConfig {
  target: DatabaseTarget;
  filter: FilterSql;
  /** The text variables to measure (the open and "other" texts of the layout). */
  variables: readonly string[];
  engine?: ReaderEngine;
  db?: Db;
}

export function textWidthSql(provider: DatabaseTarget["provider"], filter: FilterSql, count: number): string {
  const bytes = provider === "sqlite" ? `length(CAST(a."text" AS BLOB))` : `octet_length(a."text")`;
  const list = Array.from({ length: count }, () => "?").join(", ");
  return toProviderSql(
    `SELECT a."variable" AS "variable", max(${bytes}) AS "bytes" FROM "Answer" a JOIN "Response" r ON r."id" = a."responseId" ` +
      `WHERE a."variable" IN (${list}) AND a."text" IS NOT NULL AND (${filter.sql}) GROUP BY a."variable"`,
    provider,
  );
}

export async function queryTextWidths(config: WidthQueryConfig): Promise<TextWidths> {
  const widths = new Map<string, number>();
  if (config.variables.length === 0) return widths;
  const connection = await connect(config.engine ?? "driver", config.target, config.db);
  try {
    const sql = textWidthSql(config.target.provider, config.filter, config.variables.length);
    const rows = await connection.query(sql, [...config.variables, ...config.filter.params]);
    for (const row of rows) {
      const bytes = Number(row.bytes);
      if (Number.isFinite(bytes)) widths.set(String(row.variable), bytes);
    }
    return widths;
  } finally {
    await connection.close();
  }
}

/** The declared width of a text column: its longest text, at least its longest missing code ("-1"), at least 1. */
export function stringWidth(dataBytes: number | undefined, missing: readonly string[] = []): number {
  const floor = Math.max(1, ...missing.map((m) => Buffer.byteLength(m, "utf8")));
  return Math.min(SPSS_MAX_STRING_BYTES, Math.max(floor, dataBytes ?? 0));
}
