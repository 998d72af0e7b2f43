import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import type { Localised } from "@/lib/questionnaire/localise";
import type { Item } from "@/lib/questionnaire/types";
import type { FormValues } from "@/lib/survey/answers";

export type LocalisedItem = Localised<Item>;

/**
 * Items are plain HTML controls named by answer variable, enabled in the server HTML and
 * uncontrolled: the form (a no-JS post or the script) reads them. `initial` fills them at
 * first render; `live` is the form's current values once the script runs (undefined
 * before that, and always without JavaScript).
 */
export interface ItemProps<K extends LocalisedItem["kind"]> {
  item: Extract<LocalisedItem, { kind: K }>;
  locale: Locale;
  ui: RespondentUi;
  initial: Readonly<FormValues>;
  live: Readonly<FormValues> | undefined;
  /** Messages by answer variable. */
  errors: Readonly<Record<string, string | undefined>>;
}
