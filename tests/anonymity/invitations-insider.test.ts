// The insider against invitation codes, on both databases: codes are issued to a known
// list of people and spent in a known order — with the response (the no-JS form's and the
// script's path, and JSON clients) and as blind-signed tokens (JSON API) — the day is
// closed, and then, holding the database, the key file on disk and the list of who got
// which code, the test tries to link person → response: any stored value derived from the
// person's code (the code, its SHA-256, its HMAC under any key found on disk or in the
// database), a shared transaction id (PostgreSQL xmin), and the rank correlation of the
// spent codes' physical order with the responses'. It must link nobody. Two controls show
// the detectors work: a variant that stores the code's hash on the response, and (on
// PostgreSQL) the copy taken before the day close, where xmin still pairs them.
import { createHash, createHmac, randomUUID } from "node:crypto";
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { handleOf, type Db } from "@/lib/db/client";
import { setAccessMode } from "@/lib/invitations/access.server";
import { createBatch } from "@/lib/invitations/batches.server";
import { blindSign, clientBlind, clientFinalize, importPublicKey, publicKeyJwk, toBase64Url } from "@/lib/invitations/blind.server";
import { spendCode } from "@/lib/invitations/check.server";
import { codeHash, invitationKeyFile } from "@/lib/invitations/key.server";
import { generateValidAnswers, mulberry32, questionnaire, questionnaireVersion } from "@/lib/questionnaire";
import { closeSubmissionDays } from "@/lib/responses/day-close";
import { submitResponse } from "@/lib/responses/submit";
import { describeEachDatabase, TMP_DIR, useTestDatabase } from "@/tests/support/databases";
import { spearman } from "@/tests/system/insider-detectors";

const TODAY = "2026-11-27";
const PEOPLE = 45;
const SLOW = 240_000;

beforeAll(() => {
  mkdirSync(TMP_DIR, { recursive: true });
  process.env.INVITATION_KEY_FILE = path.join(TMP_DIR, `insider-invitation-${process.pid}.key`);
});

type Person = { name: string; code: string; path: "code" | "token" };
type Truth = Map<string, string>; // person → response id

/** Everything derived from a code that an insider would look for. */
function derivedValues(code: string, keys: readonly Buffer[]): string[] {
  const plain = code.replace(/-/g, "");
  return [code, plain, createHash("sha256").update(plain).digest("hex"), ...keys.map((k) => createHmac("sha256", k).update(plain).digest("hex"))];
}

async function tableRows(db: Db, table: string, pg: boolean): Promise<Record<string, unknown>[]> {
  return pg ? (handleOf(db)!.pgPool!.query(`SELECT *, xmin::text AS "_xmin" FROM "${table}" ORDER BY ctid`).then((r) => r.rows)) : db.$queryRawUnsafe(`SELECT * FROM "${table}"`);
}

/** The insider: returns the links it can make, person → response id, with evidence. */
async function insiderLinks(db: Db, people: readonly Person[], pg: boolean): Promise<Map<string, string>> {
  const links = new Map<string, string>();
  // Keys: the key file's bytes and text, and every string stored in Setting.
  const keyText = readFileSync(invitationKeyFile(), "utf8").trim();
  const settings = (await db.setting.findMany()).map((s) => Buffer.from(s.value));
  const keys = [Buffer.from(keyText, "hex"), Buffer.from(keyText), ...settings];
  const responses = await tableRows(db, "Response", pg);
  const answers = await tableRows(db, "Answer", pg);
  const textOf = new Map<string, string>(responses.map((r) => [String(r.id), JSON.stringify(r)]));
  for (const a of answers) textOf.set(String(a.responseId), `${textOf.get(String(a.responseId)) ?? ""}${JSON.stringify(a)}`);
  // 1. Any value derived from the person's code, stored with a response.
  for (const p of people) {
    const values = derivedValues(p.code, keys);
    for (const [id, text] of textOf) if (values.some((v) => text.includes(v))) links.set(p.name, id);
  }
  // 2. PostgreSQL: a spent code sharing its transaction id with exactly one response.
  if (pg) {
    const codes = await tableRows(db, "InvitationCode", pg);
    const byXmin = new Map<string, string[]>();
    for (const r of responses) byXmin.set(String(r._xmin), [...(byXmin.get(String(r._xmin)) ?? []), String(r.id)]);
    const hashToPerson = new Map(people.map((p) => [codeHash(p.code.replace(/-/g, "")), p.name]));
    for (const c of codes) {
      const person = hashToPerson.get(String(c.hash));
      const same = byXmin.get(String(c._xmin));
      if (person && c.spent && same?.length === 1 && !links.has(person)) links.set(person, same[0]!);
    }
  }
  // 3. Order is judged by the test itself (orderCorrelation below): pairing the k-th
  //    spent code with the k-th response only works if the two orders agree.
  return links;
}

/** Spearman of "k-th spent code" vs "k-th response" under the truth: would pairing by order work? */
function orderCorrelation(spentPeople: readonly string[], responseIds: readonly string[], truth: Truth): number {
  const positionOfResponse = new Map(responseIds.map((id, i) => [id, i]));
  const xs: number[] = [];
  const ys: number[] = [];
  spentPeople.forEach((person, i) => {
    const at = positionOfResponse.get(truth.get(person) ?? "");
    if (at !== undefined) {
      xs.push(i);
      ys.push(at);
    }
  });
  return spearman(xs, ys);
}

await describeEachDatabase("the insider against invitation codes", ({ provider, create }) => {
  const suite = useTestDatabase(create);
  const pg = provider === "postgresql";

  async function issueAndAnswer(): Promise<{ people: Person[]; truth: Truth }> {
    const { db } = suite.handle;
    await db.response.deleteMany();
    await setAccessMode(db, "code");
    const batch = await createBatch(db, { label: "Insider", count: PEOPLE + 10 }, TODAY);
    const people = batch.codes.slice(0, PEOPLE).map((code, i) => ({ name: `person-${i}`, code, path: i % 3 === 2 ? "token" : "code" }) as Person);
    const truth: Truth = new Map();
    const publicKey = await importPublicKey(publicKeyJwk());
    // Spent in the list's order, one after another (the order an insider would know).
    for (const [i, p] of people.entries()) {
      const id = randomUUID();
      let invitation: unknown;
      if (p.path === "code") invitation = { code: p.code };
      else {
        const { token, blinded, inv } = await clientBlind(publicKey);
        expect(await spendCode(db, p.code, TODAY)).toBe("ok");
        const signature = await clientFinalize(publicKey, token, (await blindSign(blinded))!, inv);
        invitation = { token: toBase64Url(token), signature: toBase64Url(signature) };
      }
      const answers = generateValidAnswers(questionnaire, mulberry32(1000 + i), {}, { textLocale: "kk", openRate: 1 });
      const result = await submitResponse(db, { id, questionnaireVersion, locale: "kk", answers, invitation }, { today: TODAY });
      expect(result.status).toBe("created");
      truth.set(p.name, id);
    }
    return { people, truth };
  }

  const correct = (links: Map<string, string>, truth: Truth) => [...links].filter(([person, id]) => truth.get(person) === id).length;

  it("links nobody once the day is closed, holding the database, the key file and the list", { timeout: SLOW }, async () => {
    const { db } = suite.handle;
    const { people, truth } = await issueAndAnswer();
    if (pg) {
      // The control: before the close, a copy pairs today's code-path spends with their responses by xmin.
      const before = await insiderLinks(db, people, pg);
      expect(correct(before, truth)).toBeGreaterThanOrEqual(people.filter((p) => p.path === "code").length * 0.9);
    }
    await closeSubmissionDays(db, new Date("2026-11-28T12:00:00Z"));
    const links = await insiderLinks(db, people, pg);
    expect([...links]).toEqual([]);
    // Nor does the order of spent codes follow the order of responses.
    const codes = await tableRows(db, "InvitationCode", pg);
    const hashToPerson = new Map(people.map((p) => [codeHash(p.code.replace(/-/g, "")), p.name]));
    const spentPeople = codes.filter((c) => c.spent === true || c.spent === 1).map((c) => hashToPerson.get(String(c.hash))!).filter(Boolean);
    const responses = (await tableRows(db, "Response", pg)).map((r) => String(r.id));
    expect(spentPeople).toHaveLength(PEOPLE);
    expect(Math.abs(orderCorrelation(spentPeople, responses, truth))).toBeLessThan(0.6);
    // Even the list's own order (the order of spending) says nothing about the responses' order.
    expect(Math.abs(orderCorrelation(people.map((p) => p.name), responses, truth))).toBeLessThan(0.6);
  });

  it("catches a design that stores the code's hash with the response (the detector works)", { timeout: SLOW }, async () => {
    const { db } = suite.handle;
    const { people, truth } = await issueAndAnswer();
    await closeSubmissionDays(db, new Date("2026-11-29T12:00:00Z"));
    // The leaky variant, as a peer does: the link's id on the response.
    for (const p of people) {
      const hash = codeHash(p.code.replace(/-/g, ""));
      await db.answer.create({ data: { responseId: truth.get(p.name)!, ordinal: 9999, variable: "invitation", text: hash } });
    }
    const links = await insiderLinks(db, people, pg);
    expect(correct(links, truth)).toBe(PEOPLE);
  });
});
