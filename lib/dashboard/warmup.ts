// Start-up warm-up: computes the unfiltered dashboard aggregates (overview and results,
// the same cache keys the pages use) right after the server starts, in the background,
// so the first staff view after a restart reads them from the cache instead of counting
// every answer row. Filtered views are computed on demand as before.
import "server-only";
import { getDb, dbHandle } from "@/lib/db/client";
import { questionnaire } from "@/lib/questionnaire";
import { dashboardOverview } from "./overview";
import { dashboardResults } from "./results";
import type { DashboardDb } from "./sql";

export async function warmDashboard(q?: DashboardDb): Promise<number> {
  const started = performance.now();
  const db = q ?? { db: await getDb(), provider: dbHandle().provider };
  await dashboardOverview(db, questionnaire, "en", {}, { kk: "kk", ru: "ru", en: "en" });
  await dashboardResults(db, questionnaire, "en", {});
  return performance.now() - started;
}
