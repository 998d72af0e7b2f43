import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { resetClock, setClock } from "@/lib/clock";
import { generateValidAnswers, mulberry32, questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { submitResponse } from "@/lib/responses/submit";
import { setSurveyStatus } from "@/lib/survey/status";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { duplicateHashes } from "./duplicates.server";
import { bandOf, issueStartedToken, openStartedToken, sealStartedToken, spendStartedToken, startTokenKey } from "./started-token.server";

const KEY = "k".repeat(32);
const START = Date.UTC(2026, 10, 27, 9, 0, 0);
const MIN = 60_000;

describe("the sealed started token", () => {
  it("opens to its start with the key it was sealed with, and to nothing otherwise", () => {
    const token = sealStartedToken(KEY, START);
    expect(openStartedToken(KEY, token)?.startedMs).toBe(START);
    expect(openStartedToken("x".repeat(32), token)).toBeNull();
    // Any changed character in the sealed part fails authentication. The last base64url
    // character may carry padding bits that decode to the same bytes, so every other one is tried.
    for (let i = token.lastIndexOf(".") + 1; i < token.length - 1; i += 1) {
      const flipped = token.slice(0, i) + (token[i] === "A" ? "B" : "A") + token.slice(i + 1);
      expect(openStartedToken(KEY, flipped), `character ${i}`).toBeNull();
    }
    const [v, iv, body] = token.split(".");
    expect(openStartedToken(KEY, `${v}.${iv}.${body?.slice(0, 10)}`)).toBeNull();
    expect(openStartedToken(KEY, "s1.AAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).toBeNull();
    expect(openStartedToken(KEY, 42)).toBeNull();
  });

  it("does not show its time to whoever reads the page", () => {
    const token = sealStartedToken(KEY, START);
    expect(token).not.toContain(String(START));
    expect(Buffer.from(token.split(".")[2] ?? "", "base64url").toString("latin1")).not.toContain(String(START));
  });

  it("turns elapsed minutes into the four bands", () => {
    expect(bandOf(0)).toBe(1);
    expect(bandOf(4 * MIN + 59_999)).toBe(1);
    expect(bandOf(5 * MIN)).toBe(2);
    expect(bandOf(9 * MIN)).toBe(2);
    expect(bandOf(10 * MIN)).toBe(3);
    expect(bandOf(19 * MIN)).toBe(3);
    expect(bandOf(20 * MIN)).toBe(4);
    expect(bandOf(3 * 86_400_000)).toBe(4);
    expect(bandOf(8 * 86_400_000)).toBeNull();
    expect(bandOf(-10 * MIN)).toBeNull();
  });
});

function payload(seed: number, started?: string) {
  const answers = generateValidAnswers(questionnaire, mulberry32(seed), {}, { textLocale: "en" });
  return { id: randomUUID(), questionnaireVersion, locale: "en", answers, ...(started === undefined ? {} : { started }) };
}

await describeEachDatabase("completion band", ({ create }) => {
  const suite = useTestDatabase(create);
  beforeEach(async () => {
    await setSurveyStatus(suite.handle.db, "open");
  });
  afterEach(() => resetClock());

  it("stores only the band of a submission that brings its token", async () => {
    const { db } = suite.handle;
    setClock(START);
    const token = await issueStartedToken(db, START);
    setClock(START + 12 * MIN + 7_000);
    const body = payload(1, token);
    expect((await submitResponse(db, body, { today: "2026-11-27" })).status).toBe("created");
    const row = await db.response.findUniqueOrThrow({ where: { id: body.id } });
    expect(row.completionBand).toBe(3);
    // Nothing in the row holds the start or the duration.
    const stored = JSON.stringify(row);
    for (const t of [START, START + 12 * MIN + 7_000]) expect(stored).not.toContain(String(Math.floor(t / 1000)));
  });

  it("a replayed token yields no second band, a forged one none at all", async () => {
    const { db } = suite.handle;
    setClock(START);
    const token = await issueStartedToken(db, START);
    setClock(START + 3 * MIN);
    const first = payload(2, token);
    const second = payload(3, token);
    const forged = payload(4, sealStartedToken("f".repeat(32), START));
    for (const b of [first, second, forged]) expect((await submitResponse(db, b, { today: "2026-11-27" })).status).toBe("created");
    const band = async (id: string) => (await db.response.findUniqueOrThrow({ where: { id } })).completionBand;
    expect(await band(first.id)).toBe(1);
    expect(await band(second.id)).toBeNull();
    expect(await band(forged.id)).toBeNull();
    // Without a token the response is stored all the same.
    const none = payload(5);
    expect((await submitResponse(db, none, { today: "2026-11-27" })).status).toBe("created");
    expect(await band(none.id)).toBeNull();
  });

  it("drops spent nonces once their tokens have expired", async () => {
    const { db } = suite.handle;
    const key = await startTokenKey(db);
    const old = sealStartedToken(key, START - 30 * 86_400_000);
    const opened = openStartedToken(key, old);
    await db.spentStartToken.create({ data: { nonce: opened?.nonce ?? "", issuedDay: Math.floor((START - 30 * 86_400_000) / 86_400_000) } });
    expect(await spendStartedToken(db, sealStartedToken(key, START), START + 6 * MIN)).toBe(2);
    expect(await db.spentStartToken.count({ where: { nonce: opened?.nonce ?? "" } })).toBe(0);
  });

  it("finds responses whose answers are identical to another's", async () => {
    const { db } = suite.handle;
    const a = payload(10);
    const twin = { ...payload(10), id: randomUUID() };
    for (const b of [a, twin]) expect((await submitResponse(db, b, { today: "2026-11-27" })).status).toBe("created");
    const hashes = await duplicateHashes(db);
    const rows = await db.response.findMany({ where: { id: { in: [a.id, twin.id] } } });
    expect(rows.every((r) => hashes.has(r.answersHash))).toBe(true);
    const others = await db.response.findMany({ where: { id: { notIn: [a.id, twin.id] } } });
    expect(others.filter((r) => hashes.has(r.answersHash))).toEqual([]);
  });
});
