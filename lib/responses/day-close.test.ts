import { randomUUID } from "node:crypto";
import { expect, it } from "vitest";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { closeSubmissionDays } from "./day-close";
import { storeRecords } from "./batch-store";

const settings = { delay: "day", timeZone: "UTC" } as const;

await describeEachDatabase("closing a submission day", ({ provider, create }) => {
  const suite = useTestDatabase(create);

  it("leaves the ended day's rows in random-id order, with nothing recording their arrival", async () => {
    const { db } = suite.handle;
    const ids: string[] = Array.from({ length: 30 }, () => randomUUID());
    // Arrival order = array order, one transaction each.
    for (const id of ids) await storeRecords(db, [{ id, questionnaireVersion: "v@1", locale: "kk", submittedOn: "2026-11-27", answers: { S1: 1, Q22: "x" } }]);
    await storeRecords(db, [{ id: randomUUID(), questionnaireVersion: "v@1", locale: "kk", submittedOn: "2026-11-28", answers: { S1: 1 } }]);

    const result = await closeSubmissionDays(db, new Date("2026-11-28T12:00:00Z"), settings);
    const physical = async (table: string, key: string) =>
      provider === "postgresql"
        ? (await db.$queryRawUnsafe<{ k: string; x: string }[]>(`SELECT "${key}" AS k, xmin::text AS x FROM "${table}" ORDER BY ctid`))
        : (await db.$queryRawUnsafe<{ k: string }[]>(`SELECT "${key}" AS k, * FROM "${table}" NOT INDEXED`)).map((r) => ({ ...r, x: "" }));
    const rows = (await physical("Response", "id")).filter((r) => ids.includes(r.k));
    expect(rows.map((r) => r.k)).toEqual([...ids].sort());
    const answers = (await physical("Answer", "responseId")).filter((r) => ids.includes(r.k));
    expect(answers.map((r) => r.k)).toEqual([...ids].sort().flatMap((id) => [id, id]));
    if (provider === "postgresql") {
      expect(result).toEqual({ rewritten: 30, through: "2026-11-27" });
      expect(new Set(rows.map((r) => r.x)).size).toBe(1);
      // Today's row is left alone until its day ends; a second run finds nothing to do.
      expect(await closeSubmissionDays(db, new Date("2026-11-28T13:00:00Z"), settings)).toEqual({ rewritten: 0, through: "2026-11-27" });
      expect(await db.answer.count()).toBe(61);
    } else {
      // VACUUM rewrote the ended day's rows (the bytes: day-close-sqlite.test.ts).
      expect(result).toEqual({ rewritten: 30, through: "2026-11-27" });
    }
  });
});
