import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { type Answers, generateValidAnswers, mulberry32, questionnaire, questionnaireVersion, validateSubmission } from "@/lib/questionnaire";
import { setSurveyStatus } from "@/lib/survey/status";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { answersHash, canonicalJson } from "./canonical";
import { storeRecords } from "./batch-store";
import { answerRows } from "./raw-batch-write";
import { submitResponse } from "./submit";

const TODAY = "2026-11-27";

function validPayload(seed: number, overrides: Record<string, unknown> = {}, fixed: Answers = {}) {
  const answers = generateValidAnswers(questionnaire, mulberry32(seed), fixed, { textLocale: "ru" });
  return { id: randomUUID(), questionnaireVersion, locale: "ru", answers, ...overrides };
}

describe("canonical answers", () => {
  it("hashes the same answers identically whatever the key order", () => {
    expect(canonicalJson({ b: 1, a: [2, 1] })).toBe('{"a":[2,1],"b":1}');
    expect(answersHash({ Q1: 1, Q2: 2 })).toBe(answersHash({ Q2: 2, Q1: 1 }));
    expect(answersHash({ Q1: 1 })).not.toBe(answersHash({ Q1: 2 }));
  });

  it("turns answers into one row per stored value", () => {
    expect(answerRows({ S1: 1, Q10: [2, 5], Q10_other: "X", Q26_1: 7, Q22: "ӘКІМ" })).toEqual([
      { variable: "S1", code: 1 },
      { variable: "Q10", code: 2 },
      { variable: "Q10", code: 5 },
      { variable: "Q10_other", text: "X" },
      { variable: "Q26_1", code: 7 },
      { variable: "Q22", text: "ӘКІМ" },
    ]);
  });
});

await describeEachDatabase("response submission", ({ provider, create }) => {
  const suite = useTestDatabase(create);
  beforeEach(async () => {
    await setSurveyStatus(suite.handle.db, "open");
  });

  it("stores a valid response with its normalised answers, filter columns and answer rows", async () => {
    const { db } = suite.handle;
    const payload = validPayload(1, {}, { S1: 1, Q1: 2, Q2: 3, Q4: 18 });
    const result = await submitResponse(db, payload, { today: TODAY });
    expect(result).toEqual({ status: "created", id: payload.id });

    const row = await db.response.findUniqueOrThrow({ where: { id: payload.id }, include: { answerRows: true } });
    const normalised = validateSubmission(questionnaire, payload.answers, "ru");
    if (!normalised.ok) throw new Error("generated answers must be valid");
    expect(JSON.parse(row.answers)).toEqual(normalised.answers);
    expect(row).toMatchObject({ locale: "ru", submittedOn: TODAY, questionnaireVersion, screening: 1, gender: 2, ageGroup: 3, region: 18 });
    expect(row.answersHash).toBe(answersHash(normalised.answers));
    // The definition the response answered is kept with it.
    const version = await db.questionnaireVersion.findUniqueOrThrow({ where: { key: questionnaireVersion } });
    expect(JSON.parse(version.definition)).toEqual(JSON.parse(JSON.stringify(questionnaire)));
    expect(row.answerRows.map(({ variable, code, text }) => ({ variable, ...(code !== null ? { code } : {}), ...(text !== null ? { text } : {}) })).sort(byVariable)).toEqual(
      answerRows(normalised.answers).sort(byVariable),
    );
  });

  it("answers a replay with the original success and stores nothing new", async () => {
    const { db } = suite.handle;
    const payload = validPayload(2);
    expect((await submitResponse(db, payload, { today: TODAY })).status).toBe("created");
    const before = await db.answer.count();
    // The same answers in a different key order are the same response.
    const reordered = { ...payload, answers: Object.fromEntries(Object.entries(payload.answers).reverse()) };
    expect(await submitResponse(db, reordered, { today: "2026-11-28" })).toEqual({ status: "replayed", id: payload.id });
    expect(await db.response.count({ where: { id: payload.id } })).toBe(1);
    expect(await db.answer.count()).toBe(before);
  });

  it("stores a draft begun under an earlier, compatible version under the version it answered", async () => {
    const { db } = suite.handle;
    const payload = validPayload(11, { questionnaireVersion: "hearing-state@1" });
    expect(await submitResponse(db, payload, { today: TODAY })).toEqual({ status: "created", id: payload.id });
    const row = await db.response.findUniqueOrThrow({ where: { id: payload.id } });
    expect(row.questionnaireVersion).toBe("hearing-state@1");
  });

  it("refuses different answers under an existing id", async () => {
    const { db } = suite.handle;
    const payload = validPayload(3, {}, { Q1: 1 });
    await submitResponse(db, payload, { today: TODAY });
    const changed = { ...payload, answers: { ...payload.answers, Q1: 2 } };
    const result = await submitResponse(db, changed, { today: TODAY });
    expect(result.status).toBe("conflict");
    const row = await db.response.findUniqueOrThrow({ where: { id: payload.id } });
    expect(row.gender).toBe(1);
  });

  it("stores exactly one response when the same id arrives concurrently", async () => {
    const { db } = suite.handle;
    const payload = validPayload(4);
    // On PostgreSQL a second client stands for a second app instance. SQLite serves one
    // instance (better-sqlite3 is synchronous, so two clients in one process would wait on
    // each other's lock), so there the race is between concurrent requests of one client.
    const second = provider === "postgresql" ? createDb(suite.database.target) : suite.handle;
    await second.ready;
    try {
      const results = await Promise.all([
        ...Array.from({ length: 4 }, () => submitResponse(db, payload, { today: TODAY })),
        ...Array.from({ length: 4 }, () => submitResponse(second.db, payload, { today: TODAY })),
      ]);
      expect(results.filter((r) => r.status === "created"), JSON.stringify(results)).toHaveLength(1);
      expect(results.filter((r) => r.status === "replayed")).toHaveLength(7);
      expect(await db.response.count({ where: { id: payload.id } })).toBe(1);
    } finally {
      if (second !== suite.handle) await second.db.$disconnect();
    }
  });

  it("is all-or-nothing: a failing answer insert leaves no response behind", async () => {
    const { db } = suite.handle;
    // A trigger makes the suite.database refuse one particular answer row, after the response
    // row has been inserted in the same write.
    if (provider === "sqlite") {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER "refuse_boom" BEFORE INSERT ON "Answer" WHEN NEW."text" = 'BOOM' BEGIN SELECT RAISE(ABORT, 'refused'); END`,
      );
    } else {
      await db.$executeRawUnsafe(
        `CREATE FUNCTION refuse_boom() RETURNS trigger AS $$ BEGIN IF NEW."text" = 'BOOM' THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
      );
      await db.$executeRawUnsafe(`CREATE TRIGGER "refuse_boom" BEFORE INSERT ON "Answer" FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
    }
    try {
      const id = randomUUID();
      const before = { responses: await db.response.count(), answers: await db.answer.count() };
      await expect(
        storeRecords(db, [{ id, questionnaireVersion, locale: "en", submittedOn: TODAY, answers: { S1: 1, Q1: 1, Q22: "BOOM" } }]),
      ).rejects.toThrow();
      expect(await db.response.findUnique({ where: { id } })).toBeNull();
      expect({ responses: await db.response.count(), answers: await db.answer.count() }).toEqual(before);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER "refuse_boom"${provider === "postgresql" ? ` ON "Answer"` : ""}`);
    }
  });

  it("rejects each class of bad input with per-variable messages in the payload's language", async () => {
    const { db } = suite.handle;
    const before = await db.response.count();
    const base = validPayload(5, { locale: "en" });
    const cases: [string, unknown, string][] = [
      ["not an object", [1, 2], ""],
      ["bad id", { ...base, id: "not-a-uuid" }, "id"],
      ["old version", { ...base, questionnaireVersion: "hearing-state@0" }, "questionnaireVersion"],
      ["bad locale", { ...base, locale: "de" }, "locale"],
      ["answers not an object", { ...base, answers: [] }, "answers"],
      ["extra field", { ...base, ip: "1.2.3.4" }, "ip"],
      ["unknown variable", { ...base, answers: { ...base.answers, Q99: 1 } }, "Q99"],
      ["unknown code", { ...base, answers: { ...base.answers, Q1: 7 } }, "Q1"],
      ["missing required", { ...base, answers: { ...base.answers, Q2: undefined } }, "Q2"],
      ["out of range", { ...base, answers: { ...base.answers, Q26_1: 11 } }, "Q26_1"],
      ["skipped item answered", { ...base, answers: { ...base.answers, S1: 2, Q15: 1 } }, "Q15"],
    ];
    for (const [name, body, variable] of cases) {
      const result = await submitResponse(db, body, { today: TODAY });
      expect(result.status, name).toBe("invalid");
      if (result.status !== "invalid") continue;
      expect(result.errors.map((e) => e.variable), name).toContain(variable);
      for (const e of result.errors) expect(e.message.length, name).toBeGreaterThan(0);
    }
    const ru = await submitResponse(db, { ...base, locale: "ru", answers: { ...base.answers, Q1: 7 } }, { today: TODAY });
    expect(ru.status === "invalid" && ru.errors[0]?.message).toMatch(/не является вариантом/);
    expect(await db.response.count()).toBe(before);
  });

  it("accepts only lowercase random (v4) UUIDs as response ids, with a message in the payload's language", async () => {
    const { db } = suite.handle;
    const base = validPayload(8, { locale: "kk" });
    const before = await db.response.count();
    const v4 = randomUUID();
    const bad = {
      v1: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
      v7: "01936f8e-1c2b-7a3d-8e4f-5a6b7c8d9e0f",
      nil: "00000000-0000-0000-0000-000000000000",
      max: "ffffffff-ffff-ffff-ffff-ffffffffffff",
      upper: v4.toUpperCase(),
      wrongVariant: "3f0c2a9e-8b1d-4c7e-1a55-0d6e2f4b7c18",
      braces: `{${v4}}`,
    };
    for (const [name, id] of Object.entries(bad)) {
      const result = await submitResponse(db, { ...base, id }, { today: TODAY });
      expect(result.status, name).toBe("invalid");
      if (result.status === "invalid") expect(result.errors, name).toEqual([{ variable: "id", message: expect.stringMatching(/UUID \(4-нұсқа\)/) }]);
    }
    expect(await db.response.count()).toBe(before);
    expect((await submitResponse(db, { ...base, id: v4 }, { today: TODAY })).status).toBe("created");
  });

  it("answers 'unavailable' with a retry delay and a translated message when the database cannot write", async () => {
    const { db } = suite.handle;
    // The write path's own connection on SQLite, a pooled one on PostgreSQL: a trigger
    // refusing every response insert stands for a full disk or a read-only file.
    if (provider === "sqlite") {
      await db.$executeRawUnsafe(`CREATE TRIGGER "refuse_all" BEFORE INSERT ON "Response" BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
    } else {
      await db.$executeRawUnsafe(`CREATE FUNCTION refuse_all() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`);
      await db.$executeRawUnsafe(`CREATE TRIGGER "refuse_all" BEFORE INSERT ON "Response" FOR EACH ROW EXECUTE FUNCTION refuse_all()`);
    }
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const result = await submitResponse(db, validPayload(9, { locale: "ru" }), { today: TODAY });
      expect(result).toMatchObject({ status: "unavailable", retryAfterSeconds: expect.any(Number) });
      expect(result.status === "unavailable" && result.error).toMatch(/повторите попытку/);
    } finally {
      console.warn = warn;
      await db.$executeRawUnsafe(`DROP TRIGGER "refuse_all"${provider === "postgresql" ? ` ON "Response"` : ""}`);
    }
  });

  it("refuses new responses while the survey is closed but honours a replay", async () => {
    const { db } = suite.handle;
    const earlier = validPayload(6);
    await submitResponse(db, earlier, { today: TODAY });
    await setSurveyStatus(db, "closed");
    const fresh = validPayload(7, { locale: "kk" });
    const closed = await submitResponse(db, fresh, { today: TODAY });
    expect(closed.status).toBe("closed");
    expect(await db.response.findUnique({ where: { id: fresh.id } })).toBeNull();
    expect((await submitResponse(db, earlier, { today: TODAY })).status).toBe("replayed");
  });
});

function byVariable(a: { variable: string; code?: number; text?: string }, b: { variable: string; code?: number; text?: string }) {
  return a.variable.localeCompare(b.variable) || (a.code ?? 0) - (b.code ?? 0);
}
