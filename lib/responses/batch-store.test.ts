import { beforeEach, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { generateValidAnswers, mulberry32, questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { setSurveyStatus } from "@/lib/survey/status";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { storeRecords, submitToStore, type SubmissionItem } from "./batch-store";
import { resetAddressCounters } from "./address-limit";
import { answerRows, type ResponseRecord } from "./raw-batch-write";

const rng = mulberry32(11);
let n = 0;
function record(overrides: Partial<ResponseRecord> = {}): ResponseRecord {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    questionnaireVersion,
    locale: "kk",
    submittedOn: "2026-11-27",
    answers: generateValidAnswers(questionnaire, rng),
    ...overrides,
  };
}

await describeEachDatabase("batched submission store", ({ provider, create }) => {
  const suite = useTestDatabase(create);
  beforeEach(async () => {
    await suite.handle.db.response.deleteMany();
    await suite.handle.db.rateLimit.deleteMany();
    await setSurveyStatus(suite.handle.db, "open");
  });

  it("stores concurrent submissions completely, each answered after commit", async () => {
    const records = Array.from({ length: 60 }, () => record());
    const outcomes = await Promise.all(records.map((r) => submitToStore(suite.handle.db, { record: r })));
    expect(outcomes.every((o) => o.status === "created")).toBe(true);
    expect(await suite.handle.db.response.count()).toBe(60);
    const expectedRows = records.reduce((sum, r) => sum + answerRows(r.answers).length, 0);
    expect(await suite.handle.db.answer.count()).toBe(expectedRows);
  });

  it("a double click in one batch stores once; a different payload under the same id conflicts", async () => {
    const r = record();
    const other = { ...r, answers: generateValidAnswers(questionnaire, rng) };
    const outcomes = await Promise.all([submitToStore(suite.handle.db, { record: r }), submitToStore(suite.handle.db, { record: r }), submitToStore(suite.handle.db, { record: other })]);
    expect(outcomes.map((o) => o.status)).toEqual(["created", "replayed", "conflict"]);
    expect(await suite.handle.db.response.count()).toBe(1);
    expect((await submitToStore(suite.handle.db, { record: r })).status).toBe("replayed");
  });

  it("answers closed when the survey is closed, but still confirms a replay of a stored response", async () => {
    const stored = record();
    await submitToStore(suite.handle.db, { record: stored });
    await setSurveyStatus(suite.handle.db, "closed");
    const [late, replay] = await Promise.all([submitToStore(suite.handle.db, { record: record() }), submitToStore(suite.handle.db, { record: stored })]);
    expect(late.status).toBe("closed");
    expect(replay.status).toBe("replayed");
    expect(await suite.handle.db.response.count()).toBe(1);
  });

  it("applies the per-address limit across a batch, counting in memory only", async () => {
    resetAddressCounters();
    const rate = { key: "submit:192.0.2.1", limit: 3, windowMs: 60_000 };
    const items: SubmissionItem[] = Array.from({ length: 5 }, () => ({ record: record(), rate }));
    const outcomes = await Promise.all(items.map((i) => submitToStore(suite.handle.db, i)));
    expect(outcomes.filter((o) => o.status === "created")).toHaveLength(3);
    const limited = outcomes.filter((o) => o.status === "rateLimited");
    expect(limited).toHaveLength(2);
    expect(limited[0]).toMatchObject({ retryAfterSeconds: expect.any(Number) });
    expect((await submitToStore(suite.handle.db, { record: record(), rate })).status).toBe("rateLimited");
    expect(await suite.handle.db.response.count()).toBe(3);
    // Nothing about the address reaches the database (docs/anonymity.md).
    expect(await suite.handle.db.rateLimit.count()).toBe(0);
    expect(await suite.handle.db.setting.count({ where: { key: { contains: "salt" } } })).toBe(0);
  });

  it(`two writers racing on the same ids store each once (${provider})`, async () => {
    const second = createDb(suite.database.target);
    await second.ready;
    try {
      const records = Array.from({ length: 20 }, () => record());
      // The single-item path too: one id already stored, in a batch of its own.
      await storeRecords(suite.handle.db, [records[0]!]);
      const outcomes = await Promise.all(records.flatMap((r) => [submitToStore(suite.handle.db, { record: r }), submitToStore(second.db, { record: r })]));
      const statuses = outcomes.map((o) => o.status);
      expect(statuses.filter((s) => s === "created")).toHaveLength(19);
      expect(statuses.filter((s) => s === "replayed")).toHaveLength(21);
      expect(await suite.handle.db.response.count()).toBe(20);
    } finally {
      await second.db.$disconnect();
    }
  });
});
