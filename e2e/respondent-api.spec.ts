// POST /api/responses as testers and tools use it: every class of bad input is refused
// with a status, a message and (for answers) per-variable messages, and stores nothing.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { generateValidAnswers, mulberry32 } from "@/lib/questionnaire";
import { countResponses, questionnaire, questionnaireVersion } from "./support/driver";

const base = (answers: Record<string, unknown> = generateValidAnswers(questionnaire, mulberry32(77), { S1: 1 }, { textLocale: "en" })) => ({
  id: crypto.randomUUID(),
  questionnaireVersion,
  locale: "en",
  answers,
});

async function post(request: APIRequestContext, data: unknown) {
  return request.post("/api/responses", { data: data as Record<string, unknown> });
}

test("a valid response is created once and replayed after", async ({ request }) => {
  const payload = base();
  const created = await post(request, payload);
  expect(created.status()).toBe(201);
  expect(await created.json()).toEqual({ id: payload.id, status: "created" });
  const again = await post(request, payload);
  expect(again.status()).toBe(200);
  expect(countResponses(payload.id)).toBe(1);
});

test("transport errors: wrong content type 415, broken JSON 400, oversized body 413", async ({ request }) => {
  const before = countResponses();
  const text = await request.post("/api/responses", { headers: { "Content-Type": "text/plain" }, data: Buffer.from(JSON.stringify(base())) });
  expect(text.status()).toBe(415);
  expect(((await text.json()) as { error: string }).error).toMatch(/application\/json/);

  const broken = await request.post("/api/responses", { headers: { "Content-Type": "application/json" }, data: Buffer.from('{"id": ') });
  expect(broken.status()).toBe(400);
  expect(((await broken.json()) as { error: string }).error).toMatch(/JSON/);

  const huge = { ...base(), answers: { ...base().answers, Q22: "A".repeat(70 * 1024) } };
  const tooLarge = await request.post("/api/responses", { headers: { "Content-Type": "application/json" }, data: Buffer.from(JSON.stringify(huge)) });
  expect(tooLarge.status()).toBe(413);
  expect(countResponses()).toBe(before);
});

test("each class of invalid answers gets 400 with per-variable messages and stores nothing", async ({ request }) => {
  const valid = base().answers;
  const q10 = questionnaire.parts[1]?.items.find((i) => i.variable === "Q10");
  if (!q10 || q10.kind !== "multi" || q10.maxSelections === undefined || q10.otherCode === undefined) throw new Error("Q10 is a limited multi-choice item with Other");
  const substantive = q10.options.filter((o) => !q10.exclusiveCodes.includes(o.code) && o.code !== q10.otherCode).map((o) => o.code);
  const exclusive = q10.exclusiveCodes[0] ?? 99;

  const cases: { name: string; body: unknown; variable: string; locale?: string }[] = [
    { name: "answers not an object", body: { ...base(), answers: [1, 2] }, variable: "answers" },
    { name: "not a UUID", body: { ...base(), id: "123" }, variable: "id" },
    { name: "an old questionnaire version", body: { ...base(), questionnaireVersion: "hearing-state@0" }, variable: "questionnaireVersion" },
    { name: "an unknown language", body: { ...base(), locale: "de" }, variable: "locale" },
    { name: "an extra field", body: { ...base(), userAgent: "x" }, variable: "userAgent" },
    { name: "an unknown variable", body: base({ ...valid, Q999: 1 }), variable: "Q999" },
    { name: "an unknown code", body: base({ ...valid, Q1: 42 }), variable: "Q1" },
    { name: "a code as text", body: base({ ...valid, Q1: "1" }), variable: "Q1" },
    { name: "a required answer missing", body: base(Object.fromEntries(Object.entries(valid).filter(([k]) => k !== "Q2"))), variable: "Q2" },
    { name: "a rating out of range", body: base({ ...valid, Q26_1: 0 }), variable: "Q26_1" },
    { name: "a duplicate code", body: base({ ...valid, Q10: [substantive[0] ?? 1, substantive[0] ?? 1], Q10_other: undefined }), variable: "Q10" },
    { name: "too many options", body: base({ ...valid, Q10: substantive.slice(0, q10.maxSelections + 1), Q10_other: undefined }), variable: "Q10" },
    { name: "an exclusive option combined", body: base({ ...valid, Q10: [substantive[0] ?? 1, exclusive], Q10_other: undefined }), variable: "Q10" },
    { name: "Other without its text", body: base({ ...valid, Q10: [q10.otherCode], Q10_other: undefined }), variable: "Q10_other" },
    { name: "other text without Other", body: base({ ...valid, Q10: [substantive[0] ?? 1], Q10_other: "X" }), variable: "Q10_other" },
    { name: "a skipped question answered", body: base({ ...generateValidAnswers(questionnaire, mulberry32(5), { S1: 2 }), Q15: 1 }), variable: "Q15" },
    { name: "too long a text", body: base({ ...valid, Q22: "Б".repeat(1001) }), variable: "Q22" },
    { name: "control characters", body: base({ ...valid, Q22: "A\u0007B" }), variable: "Q22" },
  ];
  const before = countResponses();
  for (const { name, body, variable } of cases) {
    const response = await post(request, body);
    expect(response.status(), name).toBe(400);
    const json = (await response.json()) as { error: string; errors: { variable: string; message: string }[] };
    expect(json.error.length, name).toBeGreaterThan(0);
    expect(json.errors.map((e) => e.variable), name).toContain(variable);
    for (const e of json.errors) expect(e.message, name).toMatch(/\S/);
  }
  expect(countResponses()).toBe(before);
});

test("messages follow the payload's language, else the browser's", async ({ request }) => {
  const ru = await post(request, { ...base(), locale: "ru", answers: { ...base().answers, Q1: 42 } });
  expect(((await ru.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/не является вариантом/);
  const kk = await request.post("/api/responses", { headers: { "Content-Type": "application/json", "Accept-Language": "kk-KZ" }, data: Buffer.from("{") });
  expect(((await kk.json()) as { error: string }).error).toMatch(/JSON емес/);
});
