// Reading responses for an export in keyset-paginated batches (`id > last ORDER BY id
// LIMIT n`), so memory stays flat whatever the table size and no batch needs an OFFSET
// scan. The key is the response's random id, so the file's row order carries no time
// (docs/anonymity.md). With results released by day (the default), the filter admits
// only days that have ended, so no response can join while a download runs; with
// RESULTS_DELAY=none a response stored during a long download may be included, and
// each response is still written at most once (the keyset only moves forward).
//
// Two engines: the raw driver (a dedicated read-only better-sqlite3 connection, or one pg
// connection) and Prisma's $queryRawUnsafe. Both run the same SQL; the driver is the
// default because it avoids Prisma's per-row result mapping (see bench/results-export.md).
import "server-only";
import Database from "better-sqlite3";
import type { Db } from "@/lib/db/client";
import { createPgPool } from "@/lib/db/pg-pool";
import type { DatabaseTarget } from "@/lib/db/url";
import { toProviderSql } from "@/lib/responses/filters";
import type { ResponseRecord } from "./record";

export const DEFAULT_BATCH_SIZE = 1000;

export type ReaderEngine = "driver" | "prisma";

/** A parameterised condition on "Response" r, as responseFilterSql produces it. */
export interface FilterSql {
  sql: string;
  params: readonly (string | number)[];
}

export interface ResponseReader {
  /** The next batch in id order; an empty array when the snapshot is exhausted. */
  next(): Promise<ResponseRecord[]>;
  close(): Promise<void>;
}

export interface ReaderConfig {
  target: DatabaseTarget;
  filter: FilterSql;
  batchSize?: number;
  engine?: ReaderEngine;
  /** Required for the prisma engine. */
  db?: Db;
}

const COLUMNS = `r."id", r."questionnaireVersion", r."locale", r."submittedOn", r."answers", r."answersHash", r."completionBand"`;

function batchSql(filter: FilterSql): string {
  return `SELECT ${COLUMNS} FROM "Response" r WHERE r."id" > ? AND (${filter.sql}) ORDER BY r."id" LIMIT ?`;
}

export type Query = (sql: string, params: readonly unknown[]) => Promise<Record<string, unknown>[]>;

export async function openResponseReader(config: ReaderConfig): Promise<ResponseReader> {
  const { target, filter } = config;
  const batchSize = config.batchSize ?? DEFAULT_BATCH_SIZE;
  const engine = config.engine ?? "driver";
  const connection = await connect(engine, target, config.db);
  try {
    const sql = toProviderSql(batchSql(filter), target.provider);
    let after = "";
    let done = false;
    return {
      async next() {
        if (done) return [];
        const rows = (await connection.query(sql, [after, ...filter.params, batchSize])).map(toRecord);
        const last = rows[rows.length - 1];
        if (last) after = last.id;
        if (rows.length < batchSize) done = true;
        return rows;
      },
      close: connection.close,
    };
  } catch (error) {
    await connection.close();
    throw error;
  }
}

function toRecord(row: Record<string, unknown>): ResponseRecord {
  return {
    id: String(row.id),
    questionnaireVersion: String(row.questionnaireVersion),
    locale: String(row.locale),
    submittedOn: String(row.submittedOn),
    answers: String(row.answers),
    answersHash: String(row.answersHash),
    completionBand: row.completionBand === null || row.completionBand === undefined ? null : Number(row.completionBand),
  };
}

/** A connection of the chosen engine (the reader's, also used for the .sav width query). */
export async function connect(engine: ReaderEngine, target: DatabaseTarget, db: Db | undefined): Promise<{ query: Query; close: () => Promise<void> }> {
  if (engine === "prisma") {
    if (!db) throw new TypeError("The prisma export engine needs a Prisma client");
    return {
      query: (sql, params) => db.$queryRawUnsafe<Record<string, unknown>[]>(sql, ...params),
      close: async () => undefined,
    };
  }
  if (target.provider === "sqlite") {
    // A connection of its own, read-only: an export can never write, and in WAL mode it
    // reads alongside submissions without blocking them.
    const sqlite = new Database(target.filePath, { readonly: true, fileMustExist: true });
    sqlite.pragma("busy_timeout = 10000");
    const statements = new Map<string, Database.Statement>();
    return {
      query: async (sql, params) => {
        let statement = statements.get(sql);
        if (!statement) {
          statement = sqlite.prepare(sql);
          statements.set(sql, statement);
        }
        return statement.all(...params) as Record<string, unknown>[];
      },
      close: async () => {
        sqlite.close();
      },
    };
  }
  const pool = createPgPool(target.url, { max: 1 });
  const client = await pool.connect();
  return {
    query: async (sql, params) => (await client.query<Record<string, unknown>>(sql, params as unknown[])).rows,
    close: async () => {
      client.release();
      await pool.end();
    },
  };
}
