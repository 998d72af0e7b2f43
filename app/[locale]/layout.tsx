// Root layout of the respondent pages: <html lang> follows the URL's language.
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LOCALES } from "@/lib/questionnaire/locale";
import { versionOf } from "@/lib/questionnaire/version";
import { localeParam, pageQuestionnaire } from "@/lib/survey/page-data";
import { ServiceWorker } from "@/components/survey/ServiceWorker";
import "../globals.css";
import "@/components/survey/survey.css";

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export function generateStaticParams() {
  return LOCALES.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = await localeParam(params);
  const questionnaire = await pageQuestionnaire();
  return {
    title: { default: `${questionnaire.title[locale]} — Tyndau`, template: `%s — Tyndau` },
    description: questionnaire.title[locale],
    robots: { index: false },
    // The site-wide header is "no-referrer", under which a browser posts forms with
    // "Origin: null", and Next.js rightly refuses such a server action (CSRF check). The
    // respondent forms post to this same origin, so the pages allow the origin to be sent
    // to themselves, and still send nothing to any other site.
    referrer: "same-origin",
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  const questionnaire = await pageQuestionnaire();
  return (
    <html lang={locale}>
      <body>
        {children}
        {/* Keeps this language's pages for a lost connection and sends a response that waits on the device. */}
        <ServiceWorker locale={locale} version={versionOf(questionnaire)} paths={[`/${locale}`, `/${locale}/screening`, ...questionnaire.parts.map((_, i) => `/${locale}/part/${i + 1}`), `/${locale}/check`]} />
      </body>
    </html>
  );
}
