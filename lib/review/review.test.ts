import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { generateValidAnswers, itemsInOrder, mulberry32, questionnaire as def, questionnaireVersion, type Answers } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import { setSurveyStatus } from "@/lib/survey/status";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { deleteAllResponses } from "@/lib/responses/delete-all";
import { decide, excludedCount, reviewList } from "./review.server";

const actor = { id: "staff-1", email: "analyst@example.org" };

/** Every long grid answered 1, 1, 1, … (a straight-liner) or 1, 2, 1, 2, … (not). */
function gridAnswers(seed: number, straight: boolean): Answers {
  const overrides: Answers = {};
  for (const { item } of itemsInOrder(def)) {
    if (item.kind === "matrix" && item.rows.length >= 4) item.rows.forEach((r, i) => (overrides[r.variable] = straight ? 1 : 1 + (i % 2)));
  }
  return generateValidAnswers(def, mulberry32(seed), { S1: 1, ...overrides }, { specialRate: 0 });
}

await describeEachDatabase("review and exclusion", ({ create }) => {
  const suite = useTestDatabase(create);
  const flaggedIds: string[] = [];
  beforeAll(async () => {
    const { db } = suite.handle;
    await setSurveyStatus(db, "open");
    const records = [];
    for (let i = 0; i < 30; i++) {
      const flagged = i < 6;
      const id = randomUUID();
      if (flagged) flaggedIds.push(id);
      const answers = gridAnswers(i, flagged);
      records.push({ id, questionnaireVersion, locale: "en" as const, submittedOn: "2026-11-20", answers });
    }
    await storeRecords(db, records);
  });

  it("lists flagged responses in id order, never arrival order", async () => {
    const list = await reviewList(suite.handle.db, def, { minGroupSize: 5 });
    const straight = list.rows.filter((r) => r.flags.includes("straightline")).map((r) => r.id);
    expect(straight).toEqual([...flaggedIds].sort());
    expect(list.rows.map((r) => r.id)).toEqual(list.rows.map((r) => r.id).sort());
    expect(list.total).toBe(30);
    expect(list.withheld).toBe(false);
  });

  it("withholds the list and small counts below the minimum group size", async () => {
    const list = await reviewList(suite.handle.db, def, { minGroupSize: 50 });
    expect(list.withheld).toBe(true);
    expect(list.rows).toEqual([]);
    expect(list.byFlag.straightline).toBeNull();
  });

  it("excludes with a reason, audits it, and restores", async () => {
    const { db } = suite.handle;
    const [first, second] = flaggedIds;
    if (!first || !second) throw new Error("setup");
    expect(await decide(db, actor, { action: "exclude", responseId: first, reason: "straightlining", note: "all ones" })).toEqual({ ok: true });
    expect(await decide(db, actor, { action: "exclude", responseId: second, reason: "duplicate", note: "" })).toEqual({ ok: true });
    expect(await excludedCount(db)).toBe(2);
    const listed = await reviewList(db, def, { minGroupSize: 5 });
    expect(listed.excluded).toBe(2);
    expect(listed.rows.find((r) => r.id === first)).toMatchObject({ excluded: true, reason: "straightlining", note: "all ones" });

    expect(await decide(db, actor, { action: "restore", responseId: first, note: "checked: a real answer" })).toEqual({ ok: true });
    expect(await excludedCount(db)).toBe(1);
    // The response itself was never touched.
    expect(await db.response.count()).toBe(30);

    const log = await db.auditLog.findMany({ where: { action: { in: ["response-excluded", "response-restored"] } }, orderBy: { id: "asc" } });
    expect(log.map((l) => [l.action, l.actorEmail, JSON.parse(l.details) as unknown])).toEqual([
      ["response-excluded", actor.email, { responseId: first, reason: "straightlining", note: "all ones" }],
      ["response-excluded", actor.email, { responseId: second, reason: "duplicate" }],
      ["response-restored", actor.email, { responseId: first, note: "checked: a real answer" }],
    ]);
  });

  it("refuses an unknown response or reason", async () => {
    const { db } = suite.handle;
    expect(await decide(db, actor, { action: "restore", responseId: randomUUID(), note: "" })).toEqual({ ok: false, problem: "unknownResponse" });
    const bad = { action: "exclude", responseId: flaggedIds[0] ?? "", reason: "because", note: "" } as unknown as Parameters<typeof decide>[2];
    expect(await decide(db, actor, bad)).toEqual({ ok: false, problem: "invalid" });
  });

  it("“delete all responses” takes the review decisions and spent nonces with it", async () => {
    const { db } = suite.handle;
    await db.spentStartToken.create({ data: { nonce: "n".repeat(22), issuedDay: 20_000 } });
    expect(await db.responseReview.count()).toBeGreaterThan(0);
    expect(await deleteAllResponses(db)).toBe(30);
    expect(await db.response.count()).toBe(0);
    expect(await db.responseReview.count()).toBe(0);
    expect(await db.spentStartToken.count()).toBe(0);
  });
});

describe("review order", () => {
  it("uses random v4 ids, which carry no time", () => {
    expect(randomUUID()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
  });
});
