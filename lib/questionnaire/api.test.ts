import { describe, expect, it } from "vitest";
import { handleQuestionnaireRequest, matchesIfNoneMatch } from "./api";
import { questionnaire } from "./index";
import { GET } from "@/app/api/questionnaire/route";

const url = (query = "") => `http://localhost/api/questionnaire${query}`;
const get = (query = "", headers: Record<string, string> = {}) =>
  handleQuestionnaireRequest(new Request(url(query), { headers }));

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

  it("the route handler delegates to the library", async () => {
    const res = await GET(new Request(url("?lang=en")));
    expect(res.status).toBe(200);
    expect(((await res.json()) as LocalisedBody).title).toBe(questionnaire.title.en);
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
