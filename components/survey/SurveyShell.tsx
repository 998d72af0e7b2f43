// The frame of every respondent page: skip link, brand, language switch, main region.
// A server component: it ships no JavaScript.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/questionnaire/locale";
import { respondentUi } from "@/lib/i18n/respondent";
import { LanguageSwitch } from "./LanguageSwitch";

export function SurveyShell({ locale, path, children }: { locale: Locale; path: string; children: ReactNode }) {
  const ui = respondentUi(locale);
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.skipToContent}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <a className="site-header__brand" href={`/${locale}`}>
            {ui.brand}
          </a>
          <LanguageSwitch locale={locale} path={path} label={ui.languageNav} />
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
