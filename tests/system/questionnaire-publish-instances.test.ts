// A text version published on one instance is served by the others: two production
// servers on one PostgreSQL database, an admin publishes on A (the draft service writes the
// draft, POST /api/admin/questionnaire/publish publishes it, as the editor does), and B —
// which re-reads the stored versions at most every REFRESH_MS — serves the new wording on a
// respondent page and in GET /api/questionnaire, and accepts responses recorded under the
// new version and under the one before it (a respondent who began before the publish);
// without JavaScript, the response records the version its first page carried.
// On SQLite (one instance) the publishing instance serves the new version at once.
// docs/decisions/011-questionnaire-versions.md
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaff } from "@/lib/auth/accounts";
import { SESSION_COOKIE } from "@/lib/auth/config";
import { createDb } from "@/lib/db/client";
import { seedQuestionnaire } from "@/lib/questionnaire/definition";
import { applyDraftChanges } from "@/lib/questionnaire/editing/draft.server";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { carriedJson, FIELD } from "@/lib/survey/flow";
import { versionOf } from "@/lib/questionnaire/version";
import { createPostgresDatabase, createSqliteDatabase, postgresAvailability, type TestDatabase } from "@/tests/support/databases";
import { post, submissionFactory } from "./support/payloads";
import { startServer, type TestServer } from "./support/server";
import { cookiePair, formFields, parseForms, postForm, signInForm } from "./support/staff-forms";

const pgMode = await postgresAvailability();
const ADMIN = "publisher@tyndau.test";
const PASSWORD = "publish-instances-pass-42";
/** A Kazakh option label of Q9, and the part page it is on. */
const KEY = "Q9.options.1.label";
const partOfQ9 = seedQuestionnaire.parts.findIndex((p) => p.items.some((i) => i.variable === "Q9")) + 1;
const seedKey = versionOf(seedQuestionnaire);
const nextKey = versionOf({ id: seedQuestionnaire.id, version: seedQuestionnaire.version + 1 });

async function prepare(database: TestDatabase, label: string): Promise<void> {
  const handle = createDb(database.target);
  await handle.ready;
  const created = await createStaff(handle.db, { email: ADMIN, password: PASSWORD, role: "admin", locale: "en" }, { actor: null, via: "cli" });
  if (!created.ok) throw new Error(created.problem);
  const draft = await applyDraftChanges(handle.db, [{ key: KEY, locale: "kk", text: label }], { actor: null, via: "cli" });
  if (!draft.ok) throw new Error(JSON.stringify(draft.problems));
  await handle.db.$disconnect();
}

/** The hidden fields of a respondent page's form (the no-JS path), as a browser would post them. */
async function respondentForm(server: TestServer, path: string): Promise<[string, string][]> {
  const form = parseForms(await (await fetch(`${server.url}${path}`)).text()).find((f) => f.hidden.some(([n]) => n === FIELD.view));
  if (!form) throw new Error(`no respondent form on ${path}`);
  return form.hidden;
}

/** Sends the check page without JavaScript, carrying `hidden` (and its _version) from an earlier page. */
async function submitWithoutScript(server: TestServer, hidden: [string, string][], seed: number): Promise<number> {
  const fields = hidden.filter(([n]) => n !== FIELD.view && n !== FIELD.answers && n !== FIELD.intent && n !== FIELD.id);
  const answers = generateValidAnswers(seedQuestionnaire, mulberry32(seed));
  fields.push([FIELD.view, "check"], [FIELD.answers, carriedJson(answers)], [FIELD.id, crypto.randomUUID()], [FIELD.intent, "submit"]);
  return (await postForm(server.url, "/kk/check", fields)).status;
}

async function signedInAdmin(server: TestServer): Promise<string> {
  const hidden = await formFields(server.url, "/admin/sign-in", 'name="email"');
  const signed = await signInForm(server.url, hidden, ADMIN, PASSWORD);
  expect(signed.outcome).toBe("signed-in");
  return cookiePair(signed.posted.setCookies.find((c) => c.startsWith(`${SESSION_COOKIE}=`))!);
}

async function publish(server: TestServer, cookie: string): Promise<{ status: number; body: { version?: string; previous?: string } }> {
  const r = await fetch(`${server.url}/api/admin/questionnaire/publish`, { method: "POST", headers: { origin: server.url, cookie } });
  return { status: r.status, body: (await r.json()) as { version?: string } };
}

/** What a respondent sees: the Kazakh part page holding Q9, and the API's version. */
async function served(server: TestServer): Promise<{ html: string; apiVersion: string }> {
  const [page, api] = await Promise.all([
    fetch(`${server.url}/kk/part/${partOfQ9}`).then((r) => r.text()),
    fetch(`${server.url}/api/questionnaire?lang=kk`).then((r) => r.json() as Promise<{ questionnaireVersion: string }>),
  ]);
  return { html: page, apiVersion: api.questionnaireVersion };
}

(pgMode === "run" ? describe : describe.skip)("a publish on one PostgreSQL instance reaches the other", () => {
  const label = "Жаңа нұсқа: екі инстанс тексеруі";
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;

  beforeAll(async () => {
    database = await createPostgresDatabase();
    await prepare(database, label);
    [a, b] = await Promise.all([startServer({ databaseUrl: database.url }), startServer({ databaseUrl: database.url })]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await database?.drop();
  });

  it("B serves the new text within 10 s, and accepts responses under the new and the previous version", async () => {
    // B has read the active version before the publish (so it must re-read, not just load).
    const before = await served(b);
    expect(before.apiVersion).toBe(seedKey);
    expect(before.html).not.toContain(label);
    // A respondent without JavaScript opens the first page before the publish.
    const begun = await respondentForm(b, "/kk/screening");
    expect(begun).toContainEqual([FIELD.version, seedKey]);

    const cookie = await signedInAdmin(a);
    const published = await publish(a, cookie);
    const publishedAt = Date.now();
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ version: nextKey, previous: seedKey });
    // The publishing instance serves it at once.
    const onA = await served(a);
    expect(onA.apiVersion).toBe(nextKey);
    expect(onA.html).toContain(label);

    let seenAfter = -1;
    await expect
      .poll(
        async () => {
          const now = await served(b);
          const ok = now.apiVersion === nextKey && now.html.includes(label);
          if (ok && seenAfter < 0) seenAfter = Date.now() - publishedAt;
          return ok;
        },
        { timeout: 10_000, interval: 100 },
      )
      .toBe(true);
    console.log(`questionnaire-publish-instances: instance B served ${nextKey} ${seenAfter} ms after the publish on A`);

    const next = submissionFactory(2020);
    const underNew = await post(b.url, { ...next(), questionnaireVersion: nextKey });
    const underPrevious = await post(b.url, { ...next(), questionnaireVersion: seedKey });
    expect([underNew.status, underPrevious.status]).toEqual([201, 201]);
    // Without JavaScript: the one who began before the publish records the version they
    // began under; one who begins now, the new one (both answered 303 → thanks).
    expect(await submitWithoutScript(b, begun, 1)).toBe(303);
    const fresh = await respondentForm(b, "/kk/screening");
    expect(fresh).toContainEqual([FIELD.version, nextKey]);
    expect(await submitWithoutScript(b, fresh, 2)).toBe(303);
    const handle = createDb(database.target);
    await handle.ready;
    const recorded = await handle.db.response.findMany({ select: { questionnaireVersion: true } });
    await handle.db.$disconnect();
    expect(recorded.map((r) => r.questionnaireVersion).sort()).toEqual([seedKey, nextKey, seedKey, nextKey].sort());
  });
});

describe("a publish on a single SQLite instance", () => {
  const label = "Жаңа нұсқа: бір инстанс тексеруі";
  let database: TestDatabase;
  let server: TestServer;

  beforeAll(async () => {
    database = await createSqliteDatabase();
    await prepare(database, label);
    server = await startServer({ databaseUrl: database.url });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("is served by the next request", async () => {
    const before = await served(server);
    expect(before.apiVersion).toBe(seedKey);
    expect(before.html).not.toContain(label);
    const published = await publish(server, await signedInAdmin(server));
    expect(published.status).toBe(200);
    const after = await served(server);
    expect(after.apiVersion).toBe(nextKey);
    expect(after.html).toContain(label);
    expect((await post(server.url, { ...submissionFactory(2021)(), questionnaireVersion: seedKey })).status).toBe(201);
  });
});
