// The dashboard's download routes (chart SVG, crosstab CSV) filtered to a group of one,
// called as handlers with a real session on a real database: they refuse with 403 and
// carry no figure; a crosstab CSV with a cell of one writes "fewer than 5" in its place;
// and a viewer gets 403 from every export route.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import { AFTER_RELEASE, LONE_TEXT, smallGroupRecords } from "@/lib/dashboard/small-groups.test-data";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { ROOT, adminRouteHandlers } from "@/tests/authz/inventory";

const ORIGIN = "http://staff.test";
let database: TestDatabase;
const tokens = { analyst: "", viewer: "" };

type Handler = (r: Request, ctx: unknown) => Promise<Response>;

async function get(file: string, url: string, who: keyof typeof tokens, params: Record<string, string> = {}): Promise<Response> {
  const mod = (await import(/* @vite-ignore */ `${ROOT}/${file}`)) as Record<string, Handler>;
  const headers = new Headers({ host: "staff.test", cookie: `tyndau_session=${tokens[who]}` });
  return mod.GET!(new Request(`${ORIGIN}${url}`, { headers }), { params: Promise.resolve(params) });
}

const CHART = "app/api/admin/charts/[chart]/route.ts";
const CROSSTAB = "app/api/admin/crosstab.csv/route.ts";
/** Region 3, women, aged 25–34: one response. */
const LONE = "region=3&gender=2&age=2";

beforeAll(async () => {
  setClock(AFTER_RELEASE);
  database = await createSqliteDatabase();
  process.env.DATABASE_URL = database.url;
  const { getDb } = await import("@/lib/db/client");
  const { createStaff } = await import("@/lib/auth/accounts");
  const { createSession } = await import("@/lib/auth/session");
  const { submitToStore } = await import("@/lib/responses/batch-store");
  const db = await getDb();
  for (const role of ["analyst", "viewer"] as const) {
    const created = await createStaff(db, { email: `${role}@groups.test`, password: "groups-test-passphrase", role, locale: "en" }, { actor: null, via: "cli" });
    if (!created.ok) throw new Error(created.problem);
    tokens[role] = (await createSession(db, created.value.id)).token;
  }
  for (const record of smallGroupRecords()) await submitToStore(db, { record });
});

afterAll(async () => {
  resetClock();
  const { getDb } = await import("@/lib/db/client");
  await (await getDb()).$disconnect();
  await database?.drop();
});

describe("download routes under the minimum group size", () => {
  it("a chart of the group of one is refused with 403 and no figure, for analysts and viewers", async () => {
    for (const who of ["analyst", "viewer"] as const) {
      for (const chart of ["Q9", "Q26_1", "daily", "language"]) {
        const response = await get(CHART, `/api/admin/charts/${chart}?ui=en&${LONE}`, who, { chart });
        expect(response.status, `${who} ${chart}`).toBe(403);
        const body = await response.text();
        expect(body).toMatch(/Fewer than 5 responses match/);
        expect(body).not.toContain("<svg");
      }
    }
  });

  it("the unfiltered chart is drawn, with the region of one written as fewer than 5", async () => {
    const response = await get(CHART, `/api/admin/charts/Q4?ui=en`, "viewer", { chart: "Q4" });
    expect(response.status).toBe(200);
    const svg = await response.text();
    expect(svg).toContain("fewer than 5");
    expect(svg).not.toMatch(/\(n=1\)/);
  });

  it("a crosstab CSV of the group of one is refused; unfiltered, its cell of one is written as fewer than 5", async () => {
    const refused = await get(CROSSTAB, `/api/admin/crosstab.csv?row=Q4&col=Q1&ui=en&${LONE}`, "viewer");
    expect(refused.status).toBe(403);
    expect(await refused.text()).not.toMatch(/\d+,\d+/);

    const csv = await get(CROSSTAB, `/api/admin/crosstab.csv?row=Q4&col=Q1&pct=none&ui=en`, "analyst");
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).split("\r\n");
    const region3 = lines.find((l) => /^"?3 /.test(l)) ?? "";
    expect(region3).toContain("fewer than 5");
    expect(region3.split(",").slice(1)).not.toContain("1");
    // The women's column total (11) minus region 1's 10 would give it back: that cell is hidden too.
    const region1 = lines.find((l) => /^"?1 /.test(l)) ?? "";
    expect(region1).toContain("hidden");
    expect(region1.split(",").slice(1)).not.toContain("10");
  });

  it("a viewer gets 403 from every export route; an analyst does not", async () => {
    const exports = adminRouteHandlers().filter((r) => r.route.startsWith("/api/admin/export/"));
    expect(exports.length).toBeGreaterThanOrEqual(7);
    for (const r of exports) {
      const viewer = await get(r.file, r.route, "viewer");
      expect(viewer.status, r.route).toBe(403);
      expect(await viewer.text()).not.toContain(LONE_TEXT);
    }
    const analyst = await get("app/api/admin/export/responses.csv/route.ts", "/api/admin/export/responses.csv", "analyst");
    expect(analyst.status).toBe(200);
    await analyst.body?.cancel();
  });
});
