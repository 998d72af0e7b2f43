// Picks the respondent's language from an Accept-Language header: the first of kk/ru/en
// in the browser's order of preference (by q-value), Kazakh when none matches, since it
// is the state language and the survey's default.
import { LOCALES, type Locale } from "@/lib/questionnaire/locale";

export const DEFAULT_LOCALE: Locale = "kk";

export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  const ranges = acceptLanguage
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      return { language: tag.trim().toLowerCase().split("-")[0] ?? "", q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.q > 0)
    // Stable: equal q-values keep the browser's order.
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { language } of ranges) {
    const match = LOCALES.find((l) => l === language);
    if (match) return match;
  }
  return DEFAULT_LOCALE;
}
