import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import { firstOptionLabelKey, storeVersion, textVersion } from "@/tests/support/text-version";
import { handleQuestionnaireRequest, matchesIfNoneMatch } from "./api";
import { questionnaire } from "./index";

const url = (query = "") => `http://localhost/api/questionnaire${query}`;
const get = (query = "", headers: Record<string, string> = {}) =>
  handleQuestionnaireRequest(new Request(url(query), { headers }), questionnaire);

interface LocalisedBody {
  questionnaireVersion: string;
  locale: string;
  title: string;
  screening: { variable: string; text: string; options: { code: number; label: string }[] };
  parts: { id: string; title: string; items: unknown[] }[];
}

describe("GET /api/questionnaire", () => {
  it("returns the definition in the requested language with caching headers", async () => {
    const res = get("?lang=kk");
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(res.headers.get("Cache-Control")).toMatch(/public/);
    expect(res.headers.get("ETag")).toMatch(/^"hearing-state@2-kk-[0-9a-f]{8}"$/);
    const body = (await res.json()) as LocalisedBody;
    expect(body.questionnaireVersion).toBe("hearing-state@2");
    expect(body.locale).toBe("kk");
    expect(body.title).toBe(questionnaire.title.kk);
    expect(body.screening.text).toBe(questionnaire.screening.text.kk);
    expect(body.screening.options[0]).toEqual({ code: 1, label: "Иә" });
    expect(body.parts.map((p) => p.id)).toEqual(["I", "II", "III", "IV"]);
  });

  it("gives each language its own ETag", () => {
    const tags = ["kk", "ru", "en"].map((l) => get(`?lang=${l}`).headers.get("ETag"));
    expect(new Set(tags).size).toBe(3);
  });

  it("returns the trilingual definition without ?lang", async () => {
    const body = (await get().json()) as { title: unknown };
    expect(body.title).toEqual(questionnaire.title);
  });

  it("answers 304 to a matching If-None-Match", async () => {
    const etag = get("?lang=ru").headers.get("ETag") ?? "";
    const res = get("?lang=ru", { "If-None-Match": etag });
    expect(res.status).toBe(304);
    expect(res.headers.get("ETag")).toBe(etag);
    expect(await res.text()).toBe("");
    expect(get("?lang=ru", { "If-None-Match": `"other", W/${etag}` }).status).toBe(304);
    expect(get("?lang=en", { "If-None-Match": etag }).status).toBe(200);
  });

  it("rejects an unknown lang with 400 and a message", async () => {
    const res = get("?lang=de");
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string };
    expect(body.error).toMatch(/de/);
    expect(body.error).toMatch(/kk, ru, en/);
  });

});

describe("the route handler", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createSqliteDatabase();
    process.env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    const { dbHandle } = await import("@/lib/db/client");
    await dbHandle().db.$disconnect();
    await database.drop();
  });

  it("serves the active version: the seed, then a published text version", async () => {
    const { GET } = await import("@/app/api/questionnaire/route");
    const res = await GET(new Request(url("?lang=en")));
    expect(res.status).toBe(200);
    const body = (await res.json()) as LocalisedBody;
    expect(body.title).toBe(questionnaire.title.en);
    expect(body.questionnaireVersion).toBe(`${questionnaire.id}@${questionnaire.version}`);

    const { getDb } = await import("@/lib/db/client");
    const { invalidateActiveQuestionnaire } = await import("./active.server");
    const db = await getDb();
    const next = textVersion(questionnaire, questionnaire.version + 1, { title: { en: "A better title" }, [firstOptionLabelKey(questionnaire)]: { kk: "Жаңа" } });
    await storeVersion(db, next);
    invalidateActiveQuestionnaire();
    const after = await GET(new Request(url("?lang=en")));
    const published = (await after.json()) as LocalisedBody;
    expect(published.title).toBe("A better title");
    expect(published.questionnaireVersion).toBe(`${questionnaire.id}@${questionnaire.version + 1}`);
    // A client holding the old ETag gets the new body, not a 304.
    const stale = await GET(new Request(url("?lang=en"), { headers: { "If-None-Match": res.headers.get("ETag") ?? "" } }));
    expect(stale.status).toBe(200);
    expect(after.headers.get("Cache-Control")).toBe("public, no-cache");
  });
});

describe("matchesIfNoneMatch", () => {
  it("handles lists, weak tags and *", () => {
    expect(matchesIfNoneMatch(null, '"a"')).toBe(false);
    expect(matchesIfNoneMatch('"a", "b"', '"b"')).toBe(true);
    expect(matchesIfNoneMatch('W/"b"', '"b"')).toBe(true);
    expect(matchesIfNoneMatch("*", '"b"')).toBe(true);
    expect(matchesIfNoneMatch('"c"', '"b"')).toBe(false);
  });
});
