// The frame of every respondent page: skip link, brand, language switch, main region.
// A server component: it ships no JavaScript.
import type { ReactNode } from "react";
import type { Locale } from "@/lib/questionnaire/locale";
import { respondentUi } from "@/lib/i18n/respondent";
import { LanguageSwitch } from "./LanguageSwitch";

/** `links`: the staff preview's own addresses for the brand and the language switch (it never leaves the preview). */
export function SurveyShell({
  locale,
  path,
  children,
  links,
}: {
  locale: Locale;
  path: string;
  children: ReactNode;
  links?: { brand: string; language: (locale: Locale) => string };
}) {
  const ui = respondentUi(locale);
  return (
    <>
      <a className="skip-link" href="#main">
        {ui.skipToContent}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          <a className="site-header__brand" href={links?.brand ?? `/${locale}`}>
            {ui.brand}
          </a>
          <LanguageSwitch locale={locale} path={path} label={ui.languageNav} hrefOf={links?.language} />
        </div>
      </header>
      <main id="main" className="container" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
