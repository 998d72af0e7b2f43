// Start-up warm-up: computes the unfiltered dashboard aggregates (overview, results and
// the minimum-group-size check's counts, the same cache keys the pages use) right after
// the server starts, in the background, so the first staff view after a restart reads
// them from the cache instead of counting every answer row. Filtered views are computed
// on demand as before.
//
// It never holds the event loop: on SQLite every query runs in a worker thread on a
// read-only connection of its own (warmup-reader.ts) and only the grouped counts come
// back; the cache (cache.ts) stores them under the app's own client, with the same
// fingerprints as a page's computation. On PostgreSQL the driver is asynchronous
// already, and what runs here afterwards is a walk over a few thousand grouped rows.
import "server-only";
import { getDb, dbHandle, handleOf } from "@/lib/db/client";
import { activeQuestionnaire } from "@/lib/questionnaire/active.server";
import { filterAtoms } from "./filter-guard";
import { dashboardOverview } from "./overview";
import { dashboardResults } from "./results";
import type { DashboardDb } from "./sql";
import { openWarmupReader } from "./warmup-reader";

async function warm(q: DashboardDb): Promise<void> {
  // The app's own client: the reader below is only for the counts.
  const questionnaire = await activeQuestionnaire(q.db);
  await filterAtoms(q, {});
  await dashboardOverview(q, questionnaire, "en", {}, { kk: "kk", ru: "ru", en: "en" });
  await dashboardResults(q, questionnaire, "en", {});
}

export async function warmDashboard(q?: DashboardDb): Promise<number> {
  const started = performance.now();
  const db = q ?? { db: await getDb(), provider: dbHandle().provider };
  const target = handleOf(db.db)?.target;
  if (target?.provider !== "sqlite") {
    await warm(db);
    return performance.now() - started;
  }
  const reader = openWarmupReader(target.filePath);
  try {
    await warm({ ...db, read: reader.read });
  } finally {
    await reader.close();
  }
  return performance.now() - started;
}
