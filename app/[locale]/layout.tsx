// Root layout below a language prefix: <html lang> follows the URL's language. The
// respondent pages themselves are served without the framework runtime (decision 018,
// lib/survey/respondent-page.server.ts); what is left here is the not-found page.
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { LOCALES } from "@/lib/questionnaire/locale";
import { localeParam, pageQuestionnaire } from "@/lib/survey/page-data";
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
  return (
    <html lang={locale}>
      <body>
        {children}
      </body>
    </html>
  );
}
