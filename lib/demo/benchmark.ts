// Dashboard benchmark helpers: grow a seeded database to a large size (copies of the
// seeded responses under fresh ids, written through the production batch writer like
// real submissions) and time the dashboard's queries.
import { performance } from "node:perf_hooks";
import { dashboardOverview } from "@/lib/dashboard/overview";
import { textAnswers } from "@/lib/dashboard/queries";
import { dashboardResults } from "@/lib/dashboard/results";
import { queryRows, type DashboardDb } from "@/lib/dashboard/sql";
import { questionnaire, type Answers, type Locale } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import type { ResponseFilters } from "@/lib/responses/filters";
import type { ResponseRecord } from "@/lib/responses/raw-batch-write";

/** Responses per transaction while inflating; bigger than a live batch only to save time. */
const INFLATE_BATCH = 1000;

/**
 * Appends copies of the first `base` responses (in id order) until `target` exist.
 * The copies' ids are numbered (in the shape of random ones, all sorting before
 * them): increasing ids append to the primary-key B-trees, several times faster
 * than random ones, which would each land on a random page.
 */
export async function inflateResponses(q: DashboardDb, base: number, target: number): Promise<number> {
  const originals = (
    await q.db.response.findMany({ orderBy: { id: "asc" }, take: base, select: { questionnaireVersion: true, locale: true, submittedOn: true, answers: true } })
  ).map((r) => ({ ...r, locale: r.locale as Locale, answers: JSON.parse(r.answers) as Answers }));
  let count = await q.db.response.count();
  while (originals.length > 0 && count < target) {
    const batch: ResponseRecord[] = [];
    for (let k = 0; k < Math.min(20 * INFLATE_BATCH, target - count); k++) {
      batch.push({ ...originals[(count + k) % originals.length]!, id: `00000000-0000-4000-8000-${String(count + k).padStart(12, "0")}` });
    }
    await storeRecords(q.db, batch, { batchSize: INFLATE_BATCH });
    count += batch.length;
  }
  const [row] = await queryRows<{ n: unknown }>(q, `SELECT COUNT(*) AS n FROM "Response"`, []);
  return Number(row?.n ?? 0);
}

/** Server time of the two dashboard pages' data (overview; results with inline open answers). */
export async function timeDashboard(q: DashboardDb, filters: ResponseFilters): Promise<{ overviewMs: number; resultsMs: number }> {
  const names = { kk: "kk", ru: "ru", en: "en" };
  let t = performance.now();
  await dashboardOverview(q, questionnaire, "en", filters, names);
  const overviewMs = performance.now() - t;
  t = performance.now();
  const results = await dashboardResults(q, questionnaire, "en", filters);
  await Promise.all(results.items.filter((i) => i.kind === "open").map((i) => textAnswers(q, i.variable, filters, { offset: 0, limit: 5 }, i.answered)));
  const resultsMs = performance.now() - t;
  return { overviewMs, resultsMs };
}
