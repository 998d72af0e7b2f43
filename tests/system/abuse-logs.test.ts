// The app's own output prints nothing per respondent request (docs/anonymity.md): a
// timed line per submission, per check-page post or per thank-you page would line up
// with the day's stored responses. Respondents submit with JavaScript (POST
// /api/responses) and without (the check page's form posting the server action),
// open the pages around it, and send refused submissions (invalid, rate-limited,
// oversized, cross-site); the server's output must not grow by a single line.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { generateValidAnswers, mulberry32, questionnaire } from "@/lib/questionnaire";
import { carriedJson, FIELD } from "@/lib/survey/flow";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { post, submissionFactory } from "./support/payloads";
import { startServer, type TestServer } from "./support/server";
import { parseForms, postForm } from "./support/staff-forms";

const SUBMISSIONS = 15;

describe("the server's output has no line per respondent request", () => {
  let database: TestDatabase;
  let server: TestServer;
  beforeAll(async () => {
    database = await createSqliteDatabase();
    server = await startServer({ databaseUrl: database.url, env: { SUBMISSIONS_PER_MINUTE: String(2 * SUBMISSIONS + 2) } });
    // Start-up lines (the dashboard warm-up reports once) are over before we measure.
    const deadline = Date.now() + 20_000;
    while (!/dashboard (aggregates warmed|warm-up)/.test(server.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    await new Promise((r) => setTimeout(r, 500));
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it("submitting with and without JavaScript, and every refusal, prints nothing", async () => {
    const before = server.output();
    const next = submissionFactory(777);
    // With JavaScript: the page posts to the API.
    for (let i = 0; i < SUBMISSIONS; i++) expect((await post(server.url, next())).status).toBe(201);
    // Without JavaScript: the check page's form, carrying the answers, posted to its own address.
    // The question pages and the check page carry the same hidden fields; they come from any of them.
    const check = parseForms(await (await fetch(`${server.url}/en/screening`)).text()).find((f) => f.hidden.some(([n]) => n === FIELD.view));
    if (!check) throw new Error("no respondent form on /en/screening");
    const rng = mulberry32(99);
    for (let i = 0; i < SUBMISSIONS; i++) {
      const fields = check.hidden.filter(([n]) => !Object.values(FIELD).includes(n as never));
      fields.push([FIELD.view, "check"], [FIELD.answers, carriedJson(generateValidAnswers(questionnaire, rng))], [FIELD.id, randomUUID()], [FIELD.intent, "submit"]);
      const posted = await postForm(server.url, "/en/check", fields);
      expect(posted.status).toBe(303);
      expect(posted.location).toMatch(/\/en\/thanks$/);
      const thanks = posted.setCookies.map((c) => c.split(";")[0]).join("; ");
      expect((await fetch(`${server.url}/en/thanks`, { headers: { cookie: thanks } })).status).toBe(200);
    }
    // The pages around a response.
    for (const page of ["/", "/kk", "/ru/screening", "/en/part/1", "/sw.js", "/api/questionnaire", "/api/health"]) expect((await fetch(`${server.url}${page}`, { redirect: "manual" })).status).toBeLessThan(400);
    // Refusals: invalid, unknown version, oversized, cross-site action, then over the rate limit.
    expect((await post(server.url, "{not json")).status).toBe(400);
    expect((await post(server.url, { id: randomUUID(), questionnaireVersion: "nope", locale: "en", answers: {} })).status).toBeGreaterThanOrEqual(400);
    expect((await post(server.url, "x".repeat(200_000))).status).toBe(413);
    expect((await postForm(server.url, "/en/check", check.hidden, { origin: "https://evil.test" })).status).toBe(403);
    const limited: number[] = [];
    for (let i = 0; i < 2 * SUBMISSIONS + 4 && !limited.includes(429); i++) limited.push((await post(server.url, next())).status);
    expect(limited).toContain(429);

    await new Promise((r) => setTimeout(r, 1_000));
    expect(server.output().slice(before.length)).toBe("");
    // And the responses were stored (so the silence is not an empty run).
    const handle = createDb(database.target);
    await handle.ready;
    try {
      expect(await handle.db.response.count()).toBeGreaterThanOrEqual(2 * SUBMISSIONS);
    } finally {
      await handle.db.$disconnect();
    }
  });
});
