// The report's cover says how many invitation codes were issued and used per batch, as the
// invitations page does (released days only, small counts as "fewer than k").
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReportCover } from "@/components/report/ReportCover";
import { createDb, type Db } from "@/lib/db/client";
import { createBatch } from "@/lib/invitations/batches.server";
import { batchRates } from "@/lib/invitations/rates.server";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";

const cover = { total: 0, fieldwork: null, byLocale: [], byVersion: [] };
const release = { delay: "day" as const, timeZone: "Asia/Almaty" };

describe("report cover: response rates", () => {
  let database: TestDatabase;
  let db: Db;
  beforeAll(async () => {
    database = await createSqliteDatabase();
    const handle = createDb(database.target);
    await handle.ready;
    db = handle.db;
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("lists each batch with codes issued and used, small counts hidden", async () => {
    const batch = await createBatch(db, { label: "Almaty NGOs", count: 40 }, "2026-11-01");
    await db.invitationTally.createMany({
      data: [
        { batchId: batch.id, day: "2026-11-02", used: 12 },
        { batchId: batch.id, day: "2026-11-03", used: 8 },
      ],
    });
    const small = await createBatch(db, { label: "Shymkent", count: 10 }, "2026-11-01");
    await db.invitationTally.create({ data: { batchId: small.id, day: "2026-11-02", used: 2 } });
    const rates = await batchRates(db, { releasedBefore: "2026-12-01", minGroup: 5 });
    const html = renderToStaticMarkup(createElement(ReportCover, { title: "T", cover, locale: "en", generated: "", release, k: 5, rates }));
    expect(html).toContain("Response rates (invitation codes)");
    expect(html).toContain('<th scope="row">Almaty NGOs</th><td>40 issued, 20 used (50%)</td>');
    expect(html).toContain('<th scope="row">Shymkent</th><td>10 issued, fewer than 5 used (—)</td>');
    expect(renderToStaticMarkup(createElement(ReportCover, { title: "T", cover, locale: "kk", generated: "", release, k: 5, rates }))).toContain("Жауап берушілер үлесі");
  });

  it("says nothing of codes when none were issued", () => {
    const html = renderToStaticMarkup(createElement(ReportCover, { title: "T", cover, locale: "en", generated: "", release, k: 5, rates: [] }));
    expect(html).not.toContain("invitation codes");
  });
});
