// A long id list in one `IN (…)` beside another condition is refused on SQLite (P2029: Prisma
// splits a lone `in` itself, not one combined with other filters); sliced, it is answered whole.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { inChunks } from "./in-chunks";

describe("inChunks", () => {
  let database: TestDatabase;
  let db: Db;
  const ids = Array.from({ length: 1_500 }, (_, i) => `r-${String(i).padStart(5, "0")}`);
  beforeAll(async () => {
    database = await createSqliteDatabase();
    const handle = createDb(database.target);
    await handle.ready;
    db = handle.db;
    await db.responseWeight.createMany({ data: ids.map((responseId, i) => ({ responseId, weight: 1 + i / 10_000 })) });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await database?.drop();
  });

  it("answers a query over 1,500 ids that SQLite refuses in one piece", async () => {
    await expect(db.responseWeight.findMany({ where: { responseId: { in: ids }, weight: { gt: 0 } } })).rejects.toMatchObject({ code: "P2029" });
    const rows = await inChunks(ids, (slice) => db.responseWeight.findMany({ where: { responseId: { in: slice }, weight: { gt: 0 } } }));
    expect(rows.map((r) => r.responseId).sort()).toEqual(ids);
  });
});
