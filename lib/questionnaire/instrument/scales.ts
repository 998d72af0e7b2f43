// Labels and answer scales shared by several items. Keeping them in one place means
// "Hard to say" reads the same everywhere and carries the same code (99) everywhere.
//
// Convention for verbal scales: code 1 is the positive pole and codes run towards the
// negative pole in display order, as the paper describes its Likert scale ("from positive
// to negative"). Only numeric ratings (Q26, 1 = low ... 10 = high) run upwards.
import { HARD_TO_SAY, PREFER_NOT } from "../constants";
import type { LocalizedText, OptionInput, Provenance } from "../types";

/** Shorthand for a trilingual string, in the fixed order Kazakh, Russian, English. */
export function t(kk: string, ru: string, en: string): LocalizedText {
  return { kk, ru, en };
}

export const HARD_TO_SAY_LABEL = t("Жауап беруге қиналамын", "Затрудняюсь ответить", "Hard to say");
export const PREFER_NOT_LABEL = t("Жауап бермеуді жөн көремін", "Предпочитаю не отвечать", "Prefer not to answer");
export const OTHER_LABEL = t("Басқа (нақты жазыңыз)", "Другое (укажите)", "Other (please specify)");
export const SPECIFY_PLACEHOLDER = t("Нақты жазыңыз", "Укажите свой вариант", "Please specify");

export const hardToSay: OptionInput = { code: HARD_TO_SAY, label: HARD_TO_SAY_LABEL };
export const preferNot: OptionInput = { code: PREFER_NOT, label: PREFER_NOT_LABEL };

type Special = "preferNot" | "hardToSay";

/**
 * Builds the options of a closed item: substantive labels coded 1..k in display order,
 * then (optionally) "Other (please specify)" as code k+1, then 98 and/or 99.
 * Returns the fields to spread into a single or multi item.
 */
export function choices(
  labels: LocalizedText[],
  extras: { other?: LocalizedText; special?: Special[] } = {},
): { options: OptionInput[]; otherCode?: number; otherPlaceholder?: LocalizedText } {
  const options: OptionInput[] = labels.map((label, i) => ({ code: i + 1, label }));
  const result: { options: OptionInput[]; otherCode?: number; otherPlaceholder?: LocalizedText } = { options };
  if (extras.other) {
    const otherCode = labels.length + 1;
    options.push({ code: otherCode, label: OTHER_LABEL });
    result.otherCode = otherCode;
    result.otherPlaceholder = extras.other;
  }
  const special = extras.special ?? [];
  if (special.includes("preferNot")) options.push(preferNot);
  if (special.includes("hardToSay")) options.push(hardToSay);
  return result;
}

/**
 * Marks options whose provenance differs from their item's (e.g. options added to a
 * question the paper quotes). Returns new option objects; shared scales stay untouched.
 */
export function withProvenance(options: OptionInput[], codes: readonly number[], provenance: Provenance): OptionInput[] {
  return options.map((o) => (codes.includes(o.code) ? { ...o, provenance } : o));
}

/** Help text for multi-choice items, stated in the item as the paper's method requires. */
export const SELECT_ALL_HELP = t(
  "Барлық сәйкес нұсқаларды белгілеңіз.",
  "Отметьте все подходящие варианты.",
  "Select all that apply.",
);
export const SELECT_UP_TO_TWO_HELP = t(
  "Ең көбі екі нұсқаны таңдаңыз.",
  "Выберите не более двух вариантов ответа.",
  "Choose no more than two options.",
);
export const SELECT_UP_TO_THREE_HELP = t(
  "Ең көбі үш нұсқаны таңдаңыз.",
  "Выберите не более трёх вариантов ответа.",
  "Choose no more than three options.",
);

// Open questions: the paper asks for answers in block letters. The respondent interface
// converts text to block letters as it is typed and says so once (the interface's
// blockLettersNote), so the items no longer repeat the instruction (hearing-state@2).
export const OPEN_PLACEHOLDER = t("Сіздің жауабыңыз", "Ваш ответ", "Your answer");

/** Yes / No (screening). */
export const yesNo: OptionInput[] = choices([t("Иә", "Да", "Yes"), t("Жоқ", "Нет", "No")]).options;

/** Four-point yes–no judgement with "Hard to say". */
export const yesNo4: OptionInput[] = choices(
  [
    t("Иә, толығымен", "Да, полностью", "Yes, fully"),
    t("Көбінесе иә", "Скорее да", "Probably yes"),
    t("Көбінесе жоқ", "Скорее нет", "Probably not"),
    t("Жоқ, мүлдем", "Нет, совсем нет", "No, not at all"),
  ],
  { special: ["hardToSay"] },
).options;

/** Five-point trust scale (institutional trust, Q8). */
export const trust5: OptionInput[] = choices(
  [
    t("Толығымен сенемін", "Полностью доверяю", "Fully trust"),
    t("Көбінесе сенемін", "Скорее доверяю", "Somewhat trust"),
    t("Ішінара сенемін, ішінара сенбеймін", "Отчасти доверяю, отчасти нет", "Partly trust, partly distrust"),
    t("Көбінесе сенбеймін", "Скорее не доверяю", "Somewhat distrust"),
    t("Мүлдем сенбеймін", "Совсем не доверяю", "Do not trust at all"),
  ],
  { special: ["hardToSay"] },
).options;

/** Five-point assessment of a level (competencies, Q11). */
export const level5: OptionInput[] = choices(
  [
    t("Өте жоғары", "Очень высокий", "Very high"),
    t("Жоғары", "Высокий", "High"),
    t("Орташа", "Средний", "Medium"),
    t("Төмен", "Низкий", "Low"),
    t("Өте төмен", "Очень низкий", "Very low"),
  ],
  { special: ["hardToSay"] },
).options;

/** High / medium / low, as the paper's openness question (Q27) uses it ("Medium" as in level5). */
export const level3: OptionInput[] = choices(
  [t("Жоғары", "Высокий", "High"), t("Орташа", "Средний", "Medium"), t("Төмен", "Низкий", "Low")],
  { special: ["hardToSay"] },
).options;

/** Five-point Likert agreement scale (Part IV). */
export const agree5: OptionInput[] = choices(
  [
    t("Толығымен келісемін", "Полностью согласен(-на)", "Strongly agree"),
    t("Көбінесе келісемін", "Скорее согласен(-на)", "Somewhat agree"),
    t(
      "Келісемін деп те, келіспеймін деп те айта алмаймын",
      "Ни согласен(-на), ни не согласен(-на)",
      "Neither agree nor disagree",
    ),
    t("Көбінесе келіспеймін", "Скорее не согласен(-на)", "Somewhat disagree"),
    t("Мүлдем келіспеймін", "Совершенно не согласен(-на)", "Strongly disagree"),
  ],
  { special: ["hardToSay"] },
).options;

/** Four-point support scale with "Hard to say" (Q30). */
export const support4: OptionInput[] = choices(
  [
    t("Толық қолдаймын", "Полностью поддерживаю", "Fully support"),
    t("Көбінесе қолдаймын", "Скорее поддерживаю", "Tend to support"),
    t("Көбінесе қолдамаймын", "Скорее не поддерживаю", "Tend not to support"),
    t("Мүлдем қолдамаймын", "Совсем не поддерживаю", "Do not support at all"),
  ],
  { special: ["hardToSay"] },
).options;
