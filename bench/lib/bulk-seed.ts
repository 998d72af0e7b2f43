// Fills a database with N synthetic responses, for benchmarks that need a large
// table (growth of submission latency, dashboard and export timings). The rows
// are written by the production batch writer (storeRecords in
// lib/responses/batch-store.ts) in batches of FILL_BATCH, so a filled table
// holds exactly what real submissions leave: random ids, answer rows, filter
// columns, foreign keys checked. Answers are copied round-robin from a few
// hundred generated, validated templates so that generating them costs little.
import { createDb, type Db } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/url";
import { generateValidAnswers, LOCALES, mulberry32, questionnaire, questionnaireVersion, validateSubmission, type Answers, type Locale } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import type { ResponseRecord } from "@/lib/responses/raw-batch-write";
import { recordQuestionnaireVersion } from "@/lib/responses/versions";

export type FillTemplate = { locale: Locale; answers: Answers };

/** Responses per transaction: bigger than a live batch (200) only to fill faster. */
const FILL_BATCH = 1000;
/** Responses handed to storeRecords at once, so that several batches are in flight. */
const FILL_CHUNK = 20 * FILL_BATCH;

function defaultTemplates(): FillTemplate[] {
  const rng = mulberry32(77);
  return Array.from({ length: 500 }, (_, k) => {
    const locale = LOCALES[k % 3]!;
    const v = validateSubmission(questionnaire, generateValidAnswers(questionnaire, rng), locale);
    if (!v.ok) throw new Error("generated answers invalid");
    return { locale, answers: v.answers };
  });
}

/**
 * A numbered id in the shape of a random one. Ids in increasing order append to
 * the primary-key B-trees instead of landing on a random page each: the same
 * rows, written several times faster (on SQLite ~15× for 20,000 responses).
 */
export function numberedId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
}

/** Past days, spread over three months. */
function defaultDay(i: number): string {
  return `2026-${String(1 + (i % 3)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`;
}

/** Appends `count` responses numbered from the rows already stored: template i % templates.length, submitted on day(i). */
export async function fillResponses(
  db: Db,
  count: number,
  templates: readonly FillTemplate[],
  day: (i: number) => string,
  log: (m: string) => void = () => undefined,
): Promise<void> {
  await recordQuestionnaireVersion(db, questionnaire);
  const start = await db.response.count();
  for (let from = 0; from < count; from += FILL_CHUNK) {
    const batch: ResponseRecord[] = [];
    for (let i = from; i < Math.min(count, from + FILL_CHUNK); i++) {
      const t = templates[i % templates.length]!;
      batch.push({ id: numberedId(start + i + 1), questionnaireVersion, locale: t.locale, submittedOn: day(i), answers: t.answers });
    }
    const outcomes = await storeRecords(db, batch, { batchSize: FILL_BATCH });
    const refused = outcomes.find((o) => o.status !== "created");
    if (refused) throw new Error(`fill: a response was not created (${refused.status})`);
    log(`seeded ${from + batch.length} / ${count}`);
  }
}

export async function bulkSeed(databaseUrl: string, count: number, log: (m: string) => void = () => undefined): Promise<void> {
  if (count <= 0) return;
  const handle = createDb(parseDatabaseUrl(databaseUrl));
  await handle.ready;
  try {
    await fillResponses(handle.db, count, defaultTemplates(), defaultDay, log);
    if (handle.provider === "sqlite") await handle.db.$queryRawUnsafe("PRAGMA wal_checkpoint(TRUNCATE)");
    else await handle.db.$executeRawUnsafe("ANALYZE");
  } finally {
    await handle.db.$disconnect();
  }
}
