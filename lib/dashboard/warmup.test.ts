// The start-up warm-up (warmup.ts) fills the very cache entries the staff pages read, and
// on SQLite runs none of its queries on the app's own (main-thread) connection.
import { afterAll, beforeAll, expect, it } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import { createDb, type DbHandle } from "@/lib/db/client";
import { questionnaire } from "@/lib/questionnaire";
import { submitResponse } from "@/lib/responses/submit";
import { describeEachDatabase, type TestDatabase } from "@/tests/support/databases";
import { submissionFactory } from "@/tests/system/support/payloads";
import { filterAtoms } from "./filter-guard";
import { dashboardOverview } from "./overview";
import { dashboardResults } from "./results";
import type { DashboardDb } from "./sql";
import { warmDashboard } from "./warmup";

const NAMES = { kk: "kk", ru: "ru", en: "en" };

/** The three views the first staff visit computes, on `q`. */
const views = async (q: DashboardDb) => ({
  atoms: await filterAtoms(q, {}),
  overview: await dashboardOverview(q, questionnaire, "en", {}, NAMES),
  results: await dashboardResults(q, questionnaire, "en", {}),
});

await describeEachDatabase("dashboard warm-up", ({ provider, create }) => {
  let database: TestDatabase;
  const handles: DbHandle[] = [];
  const client = async () => {
    const h = createDb(database.target);
    await h.ready;
    handles.push(h);
    return h;
  };

  beforeAll(async () => {
    // After the submission days, whatever the hour: everything is released.
    setClock(new Date("2026-02-10T12:00:00Z"));
    database = await create();
    const seed = await client();
    const next = submissionFactory(3);
    for (let i = 0; i < 12; i++) expect((await submitResponse(seed.db, next(), { today: `2026-01-0${1 + (i % 3)}` })).status).toBe("created");
  });
  afterAll(async () => {
    resetClock();
    for (const h of handles) await h.db.$disconnect();
    await database?.drop();
  });

  it(`leaves the first view nothing to aggregate, with the figures of a cold computation (${provider})`, async () => {
    const restarted = await client();
    const mainThread: string[] = [];
    const original = restarted.db.$queryRawUnsafe.bind(restarted.db);
    restarted.db.$queryRawUnsafe = ((sql: string, ...params: unknown[]) => {
      mainThread.push(sql);
      return original(sql, ...params);
    }) as typeof restarted.db.$queryRawUnsafe;
    const q = { db: restarted.db, provider: restarted.provider };

    await warmDashboard(q);
    // SQLite's driver is synchronous: every warm-up query ran in the worker instead.
    if (provider === "sqlite") expect(mainThread).toEqual([]);

    mainThread.length = 0;
    const warmed = await views(q);
    // Cache hits: only the cheap fingerprints and totals, no grouped count over the answers.
    expect(mainThread.filter((sql) => /GROUP BY/i.test(sql))).toEqual([]);

    const cold = await client();
    expect(warmed).toEqual(await views({ db: cold.db, provider: cold.provider }));
    expect(warmed.overview.total).toBe(12);
  });
});
