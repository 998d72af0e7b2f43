// Links to the same page in the other languages. Answers live in the device draft, keyed
// by questionnaire version and not by language, so switching keeps every answer.
import { LOCALES, type Locale } from "@/lib/questionnaire/locale";
import { LANGUAGE_NAMES } from "@/lib/i18n/respondent";

/** `hrefOf`: where each language's link goes (the staff preview keeps to its own pages). */
export function LanguageSwitch({ locale, path, label, hrefOf }: { locale: Locale; path: string; label: string; hrefOf?: (locale: Locale) => string }) {
  const href = (other: Locale) => (hrefOf ? hrefOf(other) : `/${other}${path}`);
  return (
    <nav className="language-switch" aria-label={label}>
      <ul>
        {LOCALES.map((other) => (
          <li key={other}>
            {other === locale ? (
              <a href={href(other)} lang={other} hrefLang={other} aria-current="page">
                {LANGUAGE_NAMES[other]}
              </a>
            ) : (
              <a href={href(other)} lang={other} hrefLang={other}>
                {LANGUAGE_NAMES[other]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
