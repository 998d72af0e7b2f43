// Code frames and codes on both databases: a frame is created and audited, two coders
// code the same answers (the second blind), the page counts progress, and kappa per
// frame equals the hand computation.
import { expect, it } from "vitest";
import { questionnaire, questionnaireVersion, type Answers, type Locale } from "@/lib/questionnaire";
import { storeRecords } from "@/lib/responses/batch-store";
import { deleteAllResponses } from "@/lib/responses/delete-all";
import { describeEachDatabase, useTestDatabase } from "@/tests/support/databases";
import { frameAgreement } from "./agreement.server";
import { codedResult } from "./results.server";
import { codingPage, setCodes } from "./assignments.server";
import { ensureFrame, frameFor, saveCategory } from "./frames.server";

const TEXTS: [Locale, string][] = [
  ["kk", "ҚАРЖЫ ЖЕТІСПЕЙДІ"],
  ["ru", "НЕ ХВАТАЕТ ДЕНЕГ"],
  ["en", "NOT ENOUGH FUNDING"],
  ["ru", "БЮРОКРАТИЯ"],
  ["kk", "ҚҰЖАТТАР КӨП"],
  ["en", "RED TAPE"],
];
const RECORDS = TEXTS.map(([locale, text], i) => ({
  id: `00000000-0000-4000-8000-0000000000${String(10 + i)}`,
  locale,
  submittedOn: "2026-01-02",
  questionnaireVersion,
  answers: { S1: 1, Q22: text } as Answers,
}));
const ALICE = { id: "coder-a", email: "alice@example.org" };
const BOB = { id: "coder-b", email: "bob@example.org" };

await describeEachDatabase("coding open answers", ({ create }) => {
  const suite = useTestDatabase(create);

  it("creates a frame with trilingual categories, audited; refuses a closed question", async () => {
    const db = suite.handle.db;
    await storeRecords(db, RECORDS);
    expect(await ensureFrame(db, questionnaire, "Q9", ALICE)).toEqual({ ok: false, problem: "not-codable" });
    const frame = await ensureFrame(db, questionnaire, "Q22", ALICE);
    if (!frame.ok) throw new Error(frame.problem);
    expect(await saveCategory(db, { frameId: frame.value.id, label: { kk: "", ru: "x", en: "x" } }, ALICE)).toEqual({ ok: false, problem: "invalid-label" });
    for (const [kk, ru, en] of [["Қаржы", "Деньги", "Money"], ["Бюрократия", "Бюрократия", "Red tape"]] as const) {
      const saved = await saveCategory(db, { frameId: frame.value.id, label: { kk, ru, en } }, ALICE);
      expect(saved.ok).toBe(true);
    }
    const stored = await frameFor(db, "Q22");
    expect(stored?.categories.map((c) => [c.number, c.label.en])).toEqual([[1, "Money"], [2, "Red tape"]]);
    const actions = (await db.auditLog.findMany({ where: { actorEmail: ALICE.email } })).map((e) => e.action).sort();
    expect(actions).toEqual(["code-category-saved", "code-category-saved", "code-frame-created"]);
  });

  it("codes answers per coder, hides the first coder's codes from a blind second, and reports kappa", async () => {
    const db = suite.handle.db;
    const frame = (await frameFor(db, "Q22"))!;
    const first = await codingPage(db, frame, ALICE.id, { blind: false, uncoded: false, offset: 0, limit: 50 });
    if (!first.shown) throw new Error("withheld");
    expect([first.total, first.coded]).toEqual([6, 0]);
    expect(new Set(first.rows.map((r) => r.locale))).toEqual(new Set(["kk", "ru", "en"]));
    // Alice: money on the first three, red tape on the last three; also red tape on #3.
    const alice = [[1], [1], [1, 2], [2], [2], [2]];
    // Bob (blind): money on #1, #2, #4; red tape on #3..#6 — differs on #3 (no money) and #4 (money).
    const bob = [[1], [1], [2], [1, 2], [2], [2]];
    for (const [i, row] of first.rows.entries()) {
      expect(await setCodes(db, frame, { answer: row.id, coderId: ALICE.id, categories: alice[i]! })).toEqual({ ok: true });
    }
    expect(await setCodes(db, frame, { answer: first.rows[0]!.id, coderId: ALICE.id, categories: [7] })).toEqual({ ok: false, problem: "no-category" });
    expect(await setCodes(db, frame, { answer: "nope", coderId: ALICE.id, categories: [1] })).toEqual({ ok: false, problem: "no-answer" });

    const blind = await codingPage(db, frame, BOB.id, { blind: true, uncoded: true, offset: 0, limit: 50 });
    if (!blind.shown) throw new Error("withheld");
    expect([blind.coded, blind.matching]).toEqual([0, 6]);
    expect(blind.rows.every((r) => r.others.length === 0)).toBe(true);
    for (const [i, row] of blind.rows.entries()) await setCodes(db, frame, { answer: row.id, coderId: BOB.id, categories: bob[i]! });

    const progress = await codingPage(db, frame, BOB.id, { blind: false, uncoded: true, offset: 0, limit: 50 });
    if (!progress.shown) throw new Error("withheld");
    expect([progress.total, progress.coded, progress.matching]).toEqual([6, 6, 0]);
    const open = await codingPage(db, frame, BOB.id, { blind: false, uncoded: false, offset: 0, limit: 1 });
    if (!open.shown) throw new Error("withheld");
    expect(open.rows[0]!.others).toEqual([1]);

    // 12 decisions: money yy=2 (#1,#2) yn=1 (#3) ny=1 (#4) nn=2; red tape yy=4, yn=0, ny=0, nn=2
    // → agree 10/12; A yes 7/12, B yes 7/12; pe = (7/12)² + (5/12)² = 74/144; κ = (120/144 − 74/144)/(70/144) = 46/70.
    const [pair] = await frameAgreement(db, frame);
    expect(pair?.result.answers).toBe(6);
    expect(pair?.result.kappa).toBeCloseTo(46 / 70, 12);
  });

  it("counts coded categories like a multi-choice item, with the coded answers as base", async () => {
    const db = suite.handle.db;
    const frame = (await frameFor(db, "Q22"))!;
    const q = { db, provider: suite.handle.provider };
    // Both coded all six; the primary coder is the first by id (Alice): money 3, red tape 4 of 6.
    const shown = await codedResult(q, frame, {}, 2);
    if (!shown.shown) throw new Error("withheld");
    expect(shown.base).toBe(6);
    expect(shown.rows.map((r) => [r.number, r.n, r.pct])).toEqual([[1, 3, 50], [2, 4, (100 * 4) / 6]]);
    const filtered = await codedResult(q, frame, { locale: ["kk"] }, 1);
    expect(filtered.shown && filtered.base).toBe(2);
    // With k = 5 every category (3 and 4 answers, or 3 and 2 outside them) is withheld.
    const guarded = await codedResult(q, frame, {}, 5);
    expect(guarded.shown && guarded.rows.every((r) => r.n === null && r.pct === null)).toBe(true);
    expect((await codedResult(q, frame, {}, 7)).shown).toBe(false);
  });

  it("withholds a frame with fewer answers than the minimum group size", async () => {
    const db = suite.handle.db;
    const frame = (await frameFor(db, "Q22"))!;
    expect(await codingPage(db, frame, ALICE.id, { blind: false, uncoded: false, offset: 0, limit: 50 }, 7)).toEqual({ shown: false, reason: "small" });
  });

  it("\"delete all responses\" deletes their codes and weights too, and keeps the frames", async () => {
    const db = suite.handle.db;
    await db.responseWeight.createMany({ data: RECORDS.map((r) => ({ responseId: r.id, weight: 1 })) });
    expect(await db.codeAssignment.count()).toBeGreaterThan(0);
    expect(await deleteAllResponses(db)).toBe(RECORDS.length);
    expect([await db.codeAssignment.count(), await db.responseWeight.count(), await db.response.count()]).toEqual([0, 0, 0]);
    expect((await frameFor(db, "Q22"))?.categories).toHaveLength(2);
  });
});
