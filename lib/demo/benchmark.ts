// Dashboard benchmark helpers: grow a seeded database to a large size quickly (copies of
// the seeded responses, made inside the database) and time the dashboard's queries.
import { performance } from "node:perf_hooks";
import { questionnaire } from "@/lib/questionnaire";
import type { ResponseFilters } from "@/lib/responses/filters";
import { dashboardOverview } from "@/lib/dashboard/overview";
import { textAnswers } from "@/lib/dashboard/queries";
import { dashboardResults } from "@/lib/dashboard/results";
import { queryRows, type DashboardDb } from "@/lib/dashboard/sql";

/** Appends copies of the first `base` responses (with their answers) until `target` exist. */
export async function inflateResponses(q: DashboardDb, base: number, target: number): Promise<number> {
  let [row] = await queryRows<{ n: unknown }>(q, `SELECT COUNT(*) AS n FROM "Response"`, []);
  let count = Number(row?.n ?? 0);
  for (let copy = 1; count < target; copy++) {
    const take = Math.min(base, target - count);
    const suffix = `-copy${copy}`;
    const originals = `SELECT "id" FROM "Response" WHERE "id" NOT LIKE '%-copy%' ORDER BY "id" LIMIT ${take}`;
    await q.db.$executeRawUnsafe(
      `INSERT INTO "Response" ("id", "questionnaireVersion", "locale", "submittedOn", "answers", "answersHash", "screening", "gender", "ageGroup", "region")
       SELECT "id" || '${suffix}', "questionnaireVersion", "locale", "submittedOn", "answers", "answersHash", "screening", "gender", "ageGroup", "region"
       FROM "Response" WHERE "id" IN (${originals})`,
    );
    await q.db.$executeRawUnsafe(
      `INSERT INTO "Answer" ("responseId", "ordinal", "variable", "code", "text")
       SELECT a."responseId" || '${suffix}', a."ordinal", a."variable", a."code", a."text"
       FROM "Answer" a WHERE a."responseId" IN (${originals})`,
    );
    count += take;
  }
  [row] = await queryRows<{ n: unknown }>(q, `SELECT COUNT(*) AS n FROM "Response"`, []);
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
