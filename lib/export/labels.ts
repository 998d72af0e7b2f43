// Short labels for the missing-data codes and the 0/1 flags of multi-choice columns, in
// the three working languages. The long, documented meanings live in the codebook
// (MISSING_VALUES); these are what a cell or an SPSS value label shows.
import { NOT_ANSWERED, NOT_ASKED, type Locale, type LocalizedText } from "@/lib/questionnaire";

export const MISSING_LABELS: Record<typeof NOT_ASKED | typeof NOT_ANSWERED, LocalizedText> = {
  [NOT_ASKED]: { kk: "Сұралмады (өткізіп жіберілді)", ru: "Не задавался (переход)", en: "Not asked (routing)" },
  [NOT_ANSWERED]: { kk: "Жауап берілмеді", ru: "Нет ответа", en: "Not answered" },
};

export const FLAG_LABELS: Record<0 | 1, LocalizedText> = {
  0: { kk: "Таңдалмады", ru: "Не выбрано", en: "Not selected" },
  1: { kk: "Таңдалды", ru: "Выбрано", en: "Selected" },
};

/** Headers of the response metadata columns in the text header row. */
export const META_LABELS: Record<"response_id" | "submitted_on" | "lang" | "questionnaire_version", LocalizedText> = {
  response_id: { kk: "Жауап идентификаторы", ru: "Идентификатор ответа", en: "Response ID" },
  submitted_on: { kk: "Жіберілген күні", ru: "Дата отправки", en: "Submitted on" },
  lang: { kk: "Сауалнама тілі", ru: "Язык анкеты", en: "Questionnaire language" },
  questionnaire_version: { kk: "Сауалнама нұсқасы", ru: "Версия анкеты", en: "Questionnaire version" },
};

export function missingLabel(code: number, lang: Locale): string | undefined {
  if (code === NOT_ASKED || code === NOT_ANSWERED) return MISSING_LABELS[code][lang];
  return undefined;
}
