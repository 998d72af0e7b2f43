// Each detector of the insider test (tests/system/insider.test.ts) catches the
// pattern it exists for, on a fixture shaped like the first release's storage
// (Response.seq, Answer.id autoincrement, RateLimit holding sha256(salt:submit:address)
// with a millisecond window start and the salt in Setting, createdAt/updatedAt), and
// stays silent on the current layout (rows keyed and ordered by random ids, dates only).
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { addressFindings, fileOrder, orderFindings, spearman, storedStrings, timeFindings, type Table } from "@/tests/system/insider-detectors";

const N = 60;
const t0 = Date.parse("2026-11-27T09:13:00Z");
const addresses = Array.from({ length: N }, (_, i) => `127.0.0.${10 + i}`);
const ids = Array.from({ length: N }, () => randomUUID());
const arrival = new Map(ids.map((id, i) => [id, i]));
const window = { from: t0 - 60_000, to: t0 + 3_600_000 };

function oldLayout(): Table[] {
  const salt = randomBytes(32).toString("hex");
  return [
    { name: "Response", rows: ids.map((id, i) => ({ seq: i + 1, id, submittedOn: "2026-11-27", answers: "{}" })) },
    { name: "Answer", rows: ids.flatMap((id, i) => [0, 1].map((k) => ({ id: i * 2 + k + 1, responseSeq: i + 1, variable: `Q${k}`, code: k }))) },
    { name: "RateLimit", rows: addresses.map((a, i) => ({ key: createHash("sha256").update(`${salt}:submit:${a}`).digest("hex"), count: 1, windowStart: new Date(t0 + i * 1000) })) },
    { name: "Setting", rows: [{ key: "ratelimit.salt", value: salt, updatedAt: new Date(t0) }] },
    { name: "QuestionnaireVersion", rows: [{ key: "v@1", createdAt: new Date(t0) }] },
  ];
}

function newLayout(): Table[] {
  const sorted = [...ids].sort();
  return [
    { name: "Response", rows: sorted.map((id) => ({ id, submittedOn: "2026-11-27", answers: "{}" })) },
    { name: "Answer", rows: sorted.flatMap((id) => [0, 1].map((ordinal) => ({ responseId: id, ordinal, variable: `Q${ordinal}`, code: ordinal }))) },
    { name: "Setting", rows: [{ key: "survey.status", value: "open" }] },
    { name: "QuestionnaireVersion", rows: [{ key: "v@1" }] },
  ];
}

describe("insider detectors", () => {
  it("Spearman: 1 for the same order, -1 reversed, 0 when constant", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1);
    expect(spearman([1, 2, 3, 4], [7, 7, 7, 7])).toBe(0);
  });

  it("recover the order of arrival from a counter column, from rowid order and from an export", () => {
    const findings = orderFindings(oldLayout(), arrival);
    const strong = findings.filter((f) => Math.abs(f.rho) > 0.99).map((f) => f.source);
    expect(strong).toEqual(expect.arrayContaining(["Response: physical row order", "Response.seq", "Answer.id", "Answer.responseSeq"]));
    expect(fileOrder(`id\n${ids.join("\n")}\n`, arrival).rho).toBeCloseTo(1);
    // The current layout: nothing correlates.
    for (const f of orderFindings(newLayout(), arrival)) expect(Math.abs(f.rho), f.source).toBeLessThan(0.6);
    expect(Math.abs(fileOrder([...ids].sort().join("\n"), arrival).rho)).toBeLessThan(0.6);
  });

  it("recover addresses hashed with a salt stored in the same database, and addresses in clear", () => {
    const old = oldLayout();
    expect(addressFindings(addresses, storedStrings(old), [])).toHaveLength(N);
    expect(addressFindings(addresses, storedStrings(newLayout()), ["GET / from 127.0.0.33"])).toEqual([{ address: "127.0.0.33", how: "in clear text" }]);
    expect(addressFindings(addresses, storedStrings(newLayout()), ["127.0.0.100 is not a candidate"])).toEqual([]);
  });

  it("find times of day: Date values, timestamp text and epoch numbers", () => {
    const found = timeFindings(oldLayout(), window);
    expect(new Set(found.map((f) => `${f.table}.${f.column}`))).toEqual(new Set(["RateLimit.windowStart", "Setting.updatedAt", "QuestionnaireVersion.createdAt"]));
    expect(timeFindings([{ name: "x", rows: [{ a: "2026-11-27 09:14:02", b: t0 + 5, c: Math.floor(t0 / 1000) }] }], window)).toHaveLength(3);
    expect(timeFindings(newLayout(), window)).toEqual([]);
  });
});
