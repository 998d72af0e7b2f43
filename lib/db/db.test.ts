import { expect, it } from "vitest";
import { storeRecords } from "@/lib/responses/batch-store";
import { migrate } from "./migrate";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";

await describeEachDatabase("data layer", ({ provider, create }) => {
  const suite = useTestDatabase(create);

  it("reports which suite.database it runs on", () => {
    expect(suite.handle.provider).toBe(provider);
    console.log(`data layer tests running on ${provider}`);
  });

  it("running the migrations again is harmless", async () => {
    const again = await migrate(suite.database.target);
    expect(again.applied).toEqual([]);
    expect(again.alreadyApplied).toBeGreaterThan(0);
  });

  it("stores a response with its answers in one transaction and cascades deletes", async () => {
    const { db } = suite.handle;
    const [outcome] = await storeRecords(db, [
      { id: "6f1c9d5e-0000-4000-8000-000000000001", questionnaireVersion: "hearing-state@1", locale: "kk", submittedOn: "2026-11-27", answers: { S1: 1, Q22: "ӘКІМДІК АШЫҚ БОЛСЫН" } },
    ]);
    expect(outcome?.status).toBe("created");
    const created = await db.response.findUniqueOrThrow({ where: { id: "6f1c9d5e-0000-4000-8000-000000000001" }, include: { answerRows: true } });
    expect(created.answerRows).toHaveLength(2);
    const text = await db.answer.findFirst({ where: { variable: "Q22" } });
    expect(text?.text).toBe("ӘКІМДІК АШЫҚ БОЛСЫН");
    await db.response.delete({ where: { id: created.id } });
    expect(await db.answer.count()).toBe(0);
  });

  it("rejects a second response with the same id (the idempotency key)", async () => {
    const { db } = suite.handle;
    // Prisma directly, not the batch writer: this checks the schema's own unique
    // constraint, which the writer relies on when two instances race.
    const data = {
      id: "6f1c9d5e-0000-4000-8000-000000000002",
      questionnaireVersion: "hearing-state@1",
      locale: "ru",
      submittedOn: "2026-11-27",
      answers: "{}",
      answersHash: "x",
    };
    await db.response.create({ data });
    await expect(db.response.create({ data })).rejects.toMatchObject({ code: "P2002" });
  });

  it("rolls back a failed transaction completely", async () => {
    const { db } = suite.handle;
    // Prisma directly, not the batch writer: this checks the data layer's own rollback.
    const before = await db.response.count();
    await expect(
      db.$transaction(async (tx) => {
        await tx.response.create({
          data: { id: "rollback-1", questionnaireVersion: "v", locale: "en", submittedOn: "2026-11-27", answers: "{}", answersHash: "x" },
        });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await db.response.count()).toBe(before);
  });
});
