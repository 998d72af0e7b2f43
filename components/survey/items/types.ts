import type { Control } from "react-hook-form";
import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import type { Localised } from "@/lib/questionnaire/localise";
import type { Item } from "@/lib/questionnaire/types";
import type { FormValues } from "@/lib/survey/answers";

export type LocalisedItem = Localised<Item>;

export interface ItemProps<K extends LocalisedItem["kind"]> {
  item: Extract<LocalisedItem, { kind: K }>;
  control: Control<FormValues>;
  locale: Locale;
  ui: RespondentUi;
  /** Messages by answer variable, already without the variable prefix. */
  errors: Readonly<Record<string, string | undefined>>;
}
