// The interface language switch: a plain form (works without JavaScript); the chosen
// language is remembered in a cookie and on the account.
import { setUiLocaleAction } from "@/app/admin/actions/session";
import { fill, staffMessages } from "@/lib/i18n/staff";
import { LOCALES, type Locale } from "@/lib/questionnaire/locale";

export function LanguageSwitch({ locale, back, onDark = false }: { locale: Locale; back: string; onDark?: boolean }) {
  const m = staffMessages(locale);
  return (
    <form action={setUiLocaleAction} className="lang-switch" aria-label={m.language.label}>
      <input type="hidden" name="back" value={back} />
      <span className="lang-switch__label">{m.language.label}:</span>
      {LOCALES.map((l) => (
        <button
          key={l}
          type="submit"
          name="locale"
          value={l}
          lang={l}
          className={`button button--small ${onDark ? "button--link-like" : "button--secondary"}`}
          aria-current={l === locale ? "true" : undefined}
          aria-label={fill(m.language.switchTo, { language: m.language.names[l] })}
        >
          {m.language.names[l]}
        </button>
      ))}
    </form>
  );
}
