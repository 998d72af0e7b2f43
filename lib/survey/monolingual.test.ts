import { describe, expect, it } from "vitest";
import { LOCALES, localise, questionnaire } from "@/lib/questionnaire";
import { monolingual, projectToLocale } from "./monolingual";

describe("single-language definition for the browser", () => {
  it.each(LOCALES)("round-trips every text of the definition in %s", (locale) => {
    expect(monolingual(localise(questionnaire, locale))).toEqual(projectToLocale(questionnaire, locale));
  });
});
