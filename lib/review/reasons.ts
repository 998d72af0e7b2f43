// The fixed list of reasons a response may be excluded for. Codes are stable (they are
// the value labels of `exclusion_reason` in every export); add, never renumber.
import type { LocalizedText } from "@/lib/questionnaire/types";

export const EXCLUSION_REASONS = [
  { code: 1, key: "straightlining", label: { kk: "Бірдей жауаптар (тор бойынша)", ru: "Однообразные ответы в таблицах", en: "Straight-lining" } },
  { code: 2, key: "duplicate", label: { kk: "Басқа жауаптың көшірмесі", ru: "Дубликат другой анкеты", en: "Duplicate of another response" } },
  { code: 3, key: "speeding", label: { kk: "Тым жылдам толтырылған", ru: "Заполнена слишком быстро", en: "Completed too fast" } },
  { code: 4, key: "nonsubstantive", label: { kk: "Мазмұнсыз жауаптар", ru: "Неинформативные ответы", en: "Non-substantive answers" } },
  { code: 5, key: "outOfScope", label: { kk: "Зерттеу аясынан тыс респондент", ru: "Респондент вне выборки", en: "Respondent outside the target population" } },
  { code: 6, key: "test", label: { kk: "Сынақ жазбасы", ru: "Тестовая запись", en: "Test entry" } },
  { code: 9, key: "other", label: { kk: "Басқа (ескертпені қараңыз)", ru: "Другое (см. примечание)", en: "Other (see note)" } },
] as const satisfies readonly { code: number; key: string; label: LocalizedText }[];

export type ExclusionReason = (typeof EXCLUSION_REASONS)[number]["key"];

export const NOTE_MAX_LENGTH = 500;

export function isExclusionReason(value: unknown): value is ExclusionReason {
  return EXCLUSION_REASONS.some((r) => r.key === value);
}

export function reasonCode(key: string): number | undefined {
  return EXCLUSION_REASONS.find((r) => r.key === key)?.code;
}
