import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import type { Localised } from "@/lib/questionnaire/localise";
import type { Item } from "@/lib/questionnaire/types";
import type { FormValues } from "@/lib/survey/answers";

export type LocalisedItem = Localised<Item>;

/**
 * Items are plain HTML controls named by answer variable, enabled in the server HTML and
 * uncontrolled: the form (a no-JS post or the script) reads them. `initial` fills them at
 * first render. They render on the server only; what the script adds it sets on their
 * markup (lib/survey/enhance/step-dom.ts), never by rendering them again.
 */
export interface ItemProps<K extends LocalisedItem["kind"]> {
  item: Extract<LocalisedItem, { kind: K }>;
  locale: Locale;
  ui: RespondentUi;
  initial: Readonly<FormValues>;
  /** Messages by answer variable. */
  errors: Readonly<Record<string, string | undefined>>;
}
