// What a hidden figure says instead of itself, in the interface language: "fewer than 5"
// for a group below the minimum, "hidden" for one hidden so that such a group cannot be
// worked out (disclosure.ts). Tables, charts and the CSV download all use these.
import { fill, staffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";
import type { Suppression } from "./disclosure";
import { minGroupSize } from "./filter-guard";
import type { WithheldReason } from "./protected";

export function suppressionLabel(locale: Locale, why: Suppression): string {
  const d = staffMessages(locale).disclosure;
  switch (why) {
    case "small":
      return fill(d.fewerThan, { k: minGroupSize() });
    case "secondary":
      return d.hidden;
    default: {
      const _exhaustive: never = why;
      return _exhaustive;
    }
  }
}

/** Why a whole view shows nothing. */
export function withheldText(locale: Locale, reason: WithheldReason): string {
  return fill(staffMessages(locale).disclosure[reason], { k: minGroupSize() });
}

/** The note under a table with hidden figures. */
export function suppressionNote(locale: Locale): string {
  return fill(staffMessages(locale).disclosure.note, { k: minGroupSize() });
}
