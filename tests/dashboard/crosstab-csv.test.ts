// The crosstab CSV carries what the page shows under the table: Pearson's χ², df, p,
// Cramér's V, N and the small-expected-count warning, read back with a CSV parser and
// compared with the dashboard's own figures; a multi-choice pair says why it has none.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { ROOT } from "@/tests/authz/inventory";
import { submitGenerated } from "@/tests/export/support";

const ORIGIN = "http://staff.test";
let database: TestDatabase;
let token = "";
type Handler = (r: Request, ctx: unknown) => Promise<Response>;

async function csvOf(query: string): Promise<string[][]> {
  const mod = (await import(/* @vite-ignore */ `${ROOT}/app/api/admin/crosstab.csv/route.ts`)) as Record<string, Handler>;
  const headers = new Headers({ host: "staff.test", cookie: `tyndau_session=${token}` });
  const response = await mod.GET!(new Request(`${ORIGIN}/api/admin/crosstab.csv?${query}`, { headers }), {});
  expect(response.status).toBe(200);
  return parse((await response.text()).replace(/^\uFEFF/, ""), { relax_column_count: true }) as string[][];
}

beforeAll(async () => {
  // After the generated responses' last release day (tests/export/support.ts DATES).
  setClock(new Date("2026-06-01T12:00:00+05:00"));
  database = await createSqliteDatabase();
  process.env.DATABASE_URL = database.url;
  const { getDb } = await import("@/lib/db/client");
  const { createStaff } = await import("@/lib/auth/accounts");
  const { createSession } = await import("@/lib/auth/session");
  const db = await getDb();
  const created = await createStaff(db, { email: "analyst@csv.test", password: "crosstab-csv-passphrase", role: "analyst", locale: "en" }, { actor: null, via: "cli" });
  if (!created.ok) throw new Error(created.problem);
  token = (await createSession(db, created.value.id)).token;
  await submitGenerated(db, 200, 7);
}, 120_000);

afterAll(async () => {
  resetClock();
  const { getDb } = await import("@/lib/db/client");
  await (await getDb()).$disconnect();
  await database?.drop();
});

describe("crosstab CSV", () => {
  it("ends with χ², df, p, Cramér's V, N and the expected-count warning, equal to the page's", async () => {
    const rows = await csvOf("row=Q9&col=Q27_1&ui=en");
    const { dashboardDb } = await import("@/lib/dashboard/context");
    const { crosstab } = await import("@/lib/dashboard/crosstab");
    const { questionnaire } = await import("@/lib/questionnaire");
    const table = await crosstab(await dashboardDb(), questionnaire, "en", "Q9", "Q27_1", {});
    const t = table?.test;
    if (!t) throw new Error(`no test: ${JSON.stringify(rows.slice(0, 4))} ${table?.total}`);
    const at = rows.findIndex((r) => r[0] === "Test of independence");
    expect(at).toBeGreaterThan(0);
    const value = (name: string) => rows.slice(at).find((r) => r[0] === name)?.[1];
    expect(Number(value("Pearson χ²"))).toBeCloseTo(t.chi2, 5);
    expect(Number(value("df"))).toBe(t.df);
    expect(Number(value("p"))).toBeCloseTo(t.p, 5);
    expect(Number(value("Cramér's V"))).toBeCloseTo(t.cramersV, 5);
    expect(Number(value("N"))).toBe(t.n);
    if (t.smallExpected.cells > 0) expect(rows.slice(at).some((r) => /have expected count less than 5/.test(r[0] ?? ""))).toBe(true);
  });

  it("writes the small-expected-count warning when a cell expects fewer than 5", async () => {
    const { crosstabStatisticsRows } = await import("@/lib/dashboard/crosstab");
    const { independenceTest } = await import("@/lib/dashboard/stats");
    const test = independenceTest([
      [10, 2],
      [3, 4],
    ]);
    const table = { multi: false, test } as unknown as Parameters<typeof crosstabStatisticsRows>[0];
    const rows = crosstabStatisticsRows(table, { heading: "Test", noStats: "none", withheld: "withheld", warning: (t) => `${t.smallExpected.cells} cells expect < 5` });
    expect(rows.at(-1)).toEqual([`${test?.smallExpected.cells} cells expect < 5`]);
    expect(rows.find((r) => r[0] === "df")).toEqual(["df", "1"]);
  });

  it("a multi-choice pair says that χ² is not computed", async () => {
    const rows = await csvOf("row=Q9&col=Q13&ui=en");
    expect(rows.some((r) => /χ² is not computed/.test(r[0] ?? ""))).toBe(true);
  });
});
