import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { generateValidAnswers, mulberry32, questionnaire } from "@/lib/questionnaire";
import { versionOf } from "@/lib/questionnaire/version";
import { ANSWERS_COOKIE, ANSWERS_COOKIE_MAX_BYTES, openAnswers, sealAnswers, type CarriedAnswers } from "./answers-cookie.server";

const key = randomBytes(32);
const carried: CarriedAnswers = { version: versionOf(questionnaire), answers: { S1: 1, Q1: 2, Q11: [1, 3] }, responseId: crypto.randomUUID() };

describe("the no-JS answers cookie", () => {
  it("opens what it sealed, with the same key and language", () => {
    const value = sealAnswers(key, "ru", carried);
    expect(openAnswers(key, "ru", value)).toEqual(carried);
  });

  it("keeps the answers unreadable on the device", () => {
    const value = sealAnswers(key, "en", { ...carried, answers: { Q30: "МОЙ ОТВЕТ" } });
    expect(Buffer.from(value.slice(3), "base64url").toString("utf8")).not.toContain("ОТВЕТ");
  });

  it("refuses a changed byte, another key, another language and garbage", () => {
    const value = sealAnswers(key, "en", carried);
    const raw = Buffer.from(value.slice(3), "base64url");
    raw[20] = (raw[20] ?? 0) ^ 1;
    expect(openAnswers(key, "en", `a1.${raw.toString("base64url")}`)).toBeNull();
    expect(openAnswers(randomBytes(32), "en", value)).toBeNull();
    expect(openAnswers(key, "kk", value)).toBeNull();
    expect(openAnswers(key, "en", "a1.x")).toBeNull();
    expect(openAnswers(key, "en", undefined)).toBeNull();
  });

  it("holds a whole typical response within the size a browser keeps", () => {
    // Open questions answered at a typical length (the generator's texts); the action
    // falls back to the form-carried answers when a response is longer than this.
    const answers = generateValidAnswers(questionnaire, mulberry32(7), {}, { textLocale: "ru", openRate: 1, otherRate: 0.5 });
    const value = sealAnswers(key, "ru", { version: versionOf(questionnaire), answers, responseId: crypto.randomUUID() });
    expect(ANSWERS_COOKIE.length + 1 + value.length).toBeLessThanOrEqual(ANSWERS_COOKIE_MAX_BYTES);
  });
});
