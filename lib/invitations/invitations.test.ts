// Invitation codes on both databases: batches, the check before spending, and spending
// exactly once — a code with the response (no-JS path, JSON API) and a blind-signed
// token (JavaScript path) — however many submissions race.
import { randomUUID } from "node:crypto";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, beforeEach, expect, it } from "vitest";
import { createDb, handleOf } from "@/lib/db/client";
import { closeSubmissionDays } from "@/lib/responses/day-close";
import { generateValidAnswers, mulberry32, questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { submitResponse } from "@/lib/responses/submit";
import { setSurveyStatus } from "@/lib/survey/status";
import { describeEachDatabase, TMP_DIR, useTestDatabase } from "@/tests/support/databases";
import { setAccessMode } from "./access.server";
import { batchProblems, createBatch, extendBatch, revokeBatch } from "./batches.server";
import { blindSign, clientBlind, clientFinalize, importPublicKey, publicKeyJwk, toBase64Url } from "./blind.server";
import { codeVerdict, spendCode } from "./check.server";
import { codeHash } from "./key.server";
import { batchRates } from "./rates.server";
import { generateCode } from "./code";
import { countFailedGuess, GUESS_LIMIT, mayGuess, resetGuessLimits } from "./guess-limit";

const TODAY = "2026-11-27";
beforeAll(() => {
  mkdirSync(TMP_DIR, { recursive: true });
  process.env.INVITATION_KEY_FILE = path.join(TMP_DIR, `invitation-${process.pid}.key`);
});

let seed = 0;
const payload = (invitation?: unknown) => ({
  id: randomUUID(),
  questionnaireVersion,
  locale: "ru",
  answers: generateValidAnswers(questionnaire, mulberry32(++seed), {}, { textLocale: "ru" }),
  ...(invitation ? { invitation } : {}),
});

it("refuses batches below 10 codes or above 20,000, and empty labels", () => {
  expect(batchProblems({ label: "x", count: 9 })).toEqual(["count"]);
  expect(batchProblems({ label: "x", count: 20_001 })).toEqual(["count"]);
  expect(batchProblems({ label: " ", count: 10 })).toEqual(["label"]);
  expect(batchProblems({ label: "Almaty NGOs", count: 10, region: 2 })).toEqual([]);
});

it("blocks an address after GUESS_LIMIT failed checks, and only that address", () => {
  resetGuessLimits();
  for (let i = 0; i < GUESS_LIMIT; i++) {
    expect(mayGuess("198.51.100.7")).toBe(true);
    countFailedGuess("198.51.100.7");
  }
  expect(mayGuess("198.51.100.7")).toBe(false);
  expect(mayGuess("198.51.100.8")).toBe(true);
  resetGuessLimits();
});

await describeEachDatabase("invitation codes", ({ provider, create }) => {
  const suite = useTestDatabase(create);
  beforeEach(async () => {
    await setSurveyStatus(suite.handle.db, "open");
    await setAccessMode(suite.handle.db, "code");
  });

  it("stores only keyed hashes of a batch's codes, never the codes", async () => {
    const { db } = suite.handle;
    const batch = await createBatch(db, { label: "Almaty NGOs", count: 50, region: 2 }, TODAY);
    expect(batch.codes).toHaveLength(50);
    const rows = await db.invitationCode.findMany({ where: { batchId: batch.id } });
    expect(rows).toHaveLength(50);
    const stored = JSON.stringify(rows);
    for (const code of batch.codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ""));
    }
    expect(new Set(rows.map((r) => r.hash))).toEqual(new Set(batch.codes.map((c) => codeHash(c.replace(/-/g, "")))));
  });

  it("tells a typo, an unknown, a spent and an expired code apart", async () => {
    const { db } = suite.handle;
    const batch = await createBatch(db, { label: "Checks", count: 10 }, TODAY);
    const [a, b, c] = batch.codes as [string, string, string];
    expect(await codeVerdict(db, a, TODAY)).toBe("ok");
    expect(await codeVerdict(db, a.slice(0, -1) + (a.endsWith("0") ? "1" : "0"), TODAY)).toBe("typo");
    expect(await codeVerdict(db, "", TODAY)).toBe("empty");
    expect(await spendCode(db, b, TODAY)).toBe("ok");
    expect(await codeVerdict(db, b, TODAY)).toBe("spent");
    expect(await spendCode(db, b, TODAY)).toBe("spent");
    expect(await codeVerdict(db, c, batch.validUntil)).toBe("ok");
    expect(await codeVerdict(db, c, "2099-01-01")).toBe("expired");
    expect(await extendBatch(db, batch.id, 30, TODAY)).not.toBeNull();
    expect(await revokeBatch(db, batch.id)).toBe(true);
    expect(await codeVerdict(db, c, TODAY)).toBe("expired");
    // A code of nobody's batch, well-formed.
    const other = await createBatch(db, { label: "Other", count: 10 }, TODAY);
    await db.invitationCode.deleteMany({ where: { batchId: other.id } });
    expect(await codeVerdict(db, other.codes[0]!, TODAY)).toBe("unknown");
  });

  it("stores exactly one of 20 concurrent submissions with one code, and nothing of the code", async () => {
    const { db } = suite.handle;
    const batch = await createBatch(db, { label: "Race", count: 10 }, TODAY);
    const code = batch.codes[0]!;
    const second = provider === "postgresql" ? createDb(suite.database.target) : suite.handle;
    await second.ready;
    try {
      const payloads = Array.from({ length: 20 }, () => payload({ code }));
      const results = await Promise.all(payloads.map((p, k) => submitResponse(k % 2 ? second.db : db, p, { today: TODAY })));
      expect(results.filter((r) => r.status === "created"), JSON.stringify(results.map((r) => r.status))).toHaveLength(1);
      expect(results.filter((r) => r.status === "invitation" && r.reason === "spent")).toHaveLength(19);
      expect(await db.response.count({ where: { id: { in: payloads.map((p) => p.id) } } })).toBe(1);
      const stored = JSON.stringify(await db.response.findMany({ where: { id: { in: payloads.map((p) => p.id) } } }));
      expect(stored).not.toContain(code.replace(/-/g, ""));
      expect(stored).not.toContain(codeHash(code.replace(/-/g, "")));
      expect(await codeVerdict(db, code, TODAY)).toBe("spent");
      // The retry of the stored response (a lost acknowledgement) is a replay, not "spent".
      const stored1 = payloads[results.findIndex((r) => r.status === "created")]!;
      expect((await submitResponse(db, stored1, { today: TODAY })).status).toBe("replayed");
    } finally {
      if (second !== suite.handle) await second.db.$disconnect();
    }
  });

  it("keeps the code unspent when the submission is refused, so the draft can be sent again", async () => {
    const { db } = suite.handle;
    const batch = await createBatch(db, { label: "Refused", count: 10 }, TODAY);
    const code = batch.codes[0]!;
    expect((await submitResponse(db, { ...payload({ code }), answers: {} }, { today: TODAY })).status).toBe("invalid");
    expect((await submitResponse(db, payload({ code: code.slice(0, -1) + (code.endsWith("0") ? "1" : "0") }), { today: TODAY })).status).toBe("invitation");
    expect((await submitResponse(db, payload(), { today: TODAY })).status).toBe("invitation");
    expect(await codeVerdict(db, code, TODAY)).toBe("ok");
    expect((await submitResponse(db, payload({ code }), { today: TODAY })).status).toBe("created");
  });

  it("spends a blind-signed token exactly once, unlinked to the code it was bought with", async () => {
    const { db } = suite.handle;
    const batch = await createBatch(db, { label: "Tokens", count: 10 }, TODAY);
    const publicKey = await importPublicKey(publicKeyJwk());
    const { token, blinded, inv } = await clientBlind(publicKey);
    expect(await spendCode(db, batch.codes[0]!, TODAY)).toBe("ok");
    const blindSig = await blindSign(blinded);
    expect(blindSig).not.toBeNull();
    const signature = await clientFinalize(publicKey, token, blindSig!, inv);
    const invitation = { token: toBase64Url(token), signature: toBase64Url(signature) };
    const results = await Promise.all(Array.from({ length: 20 }, () => submitResponse(db, payload(invitation), { today: TODAY })));
    expect(results.filter((r) => r.status === "created")).toHaveLength(1);
    expect(results.filter((r) => r.status === "invitation" && r.reason === "spent")).toHaveLength(19);
    // A forged signature is refused.
    const forged = { token: toBase64Url(token), signature: toBase64Url(new Uint8Array(256)) };
    expect(await submitResponse(db, payload(forged), { today: TODAY })).toMatchObject({ status: "invitation", reason: "unknown" });
    // Nothing the server kept from the redeem (the blinded message, its signature) is the token.
    expect(Buffer.from(blinded).equals(Buffer.from(token))).toBe(false);
  });

  it("takes no code in an open survey and counts uses per batch, released by day", async () => {
    const { db } = suite.handle;
    await setAccessMode(db, "open");
    expect((await submitResponse(db, payload(), { today: TODAY })).status).toBe("created");
    await setAccessMode(db, "code");
    const batch = await createBatch(db, { label: "Rates", count: 20, region: 3 }, TODAY);
    for (const code of batch.codes.slice(0, 6)) expect((await submitResponse(db, payload({ code }), { today: TODAY })).status).toBe("created");
    for (const code of batch.codes.slice(6, 8)) expect((await submitResponse(db, payload({ code }), { today: "2026-11-28" })).status).toBe("created");
    const before = (await batchRates(db, { releasedBefore: "2026-11-27", minGroup: 5 })).find((r) => r.id === batch.id)!;
    expect(before).toMatchObject({ issued: 20, used: { shown: 0 } });
    const after = (await batchRates(db, { releasedBefore: "2026-11-28", minGroup: 5 })).find((r) => r.id === batch.id)!;
    expect(after).toMatchObject({ issued: 20, used: { shown: 6 }, days: [{ day: "2026-11-27", used: { shown: 6 } }] });
    const later = (await batchRates(db, { releasedBefore: "2026-11-29", minGroup: 5 })).find((r) => r.id === batch.id)!;
    // The second day's 2 is hidden, and so is the first day's 6 (total − 6 would give it back).
    expect(later.used).toEqual({ shown: 8 });
    expect(later.days).toEqual([
      { day: "2026-11-27", used: { withheld: true } },
      { day: "2026-11-28", used: { fewerThan: 5 } },
    ]);
  });

  it("keeps no order of spending once the day is closed: no rowid (SQLite), one xmin and key order (PostgreSQL)", async () => {
    const { db } = suite.handle;
    const batch = await createBatch(db, { label: "Order", count: 30 }, TODAY);
    for (const code of batch.codes.slice(0, 20)) expect((await submitResponse(db, payload({ code }), { today: TODAY })).status).toBe("created");
    await closeSubmissionDays(db, new Date("2026-11-29T12:00:00Z"));
    if (provider === "sqlite") {
      await expect(db.$queryRawUnsafe(`SELECT rowid FROM "InvitationCode"`)).rejects.toThrow();
      await expect(db.$queryRawUnsafe(`SELECT rowid FROM "SpentToken"`)).rejects.toThrow();
      return;
    }
    const pool = handleOf(db)!.pgPool!;
    for (const table of ["InvitationCode", "InvitationTally"]) {
      const rows = (await pool.query<{ xmin: string; tid: string; k: string }>(`SELECT xmin::text, ctid::text AS tid, ${table === "InvitationCode" ? `"hash"` : `"batchId" || "day"`} AS k FROM "${table}" ORDER BY ctid`)).rows;
      expect(new Set(rows.map((r) => r.xmin)).size, table).toBe(1);
      const keys = rows.map((r) => r.k);
      expect(keys.filter((k, i) => i > 0 && k < keys[i - 1]!), table).toEqual([]);
    }
  });

  it("accepts none of 10,000 well-formed guesses against a batch of 20,000", { timeout: 240_000 }, async () => {
    const { db } = suite.handle;
    const batch = await createBatch(db, { label: "Big", count: 20_000 }, TODAY);
    expect(await db.invitationCode.count({ where: { batchId: batch.id } })).toBe(20_000);
    const issued = new Set(batch.codes);
    const guesses = Array.from({ length: 10_000 }, generateCode).filter((g) => !issued.has(g));
    let accepted = 0;
    // 20 at a time, as concurrent requests would come.
    for (let from = 0; from < guesses.length; from += 20) {
      const verdicts = await Promise.all(guesses.slice(from, from + 20).map((g) => codeVerdict(db, g, TODAY)));
      accepted += verdicts.filter((v) => v !== "unknown").length;
    }
    expect(accepted).toBe(0);
  });
});
