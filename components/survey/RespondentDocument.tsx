// A respondent page served without the framework runtime (decision 018), as a whole
// document: rendered to static markup on the server (lib/survey/respondent-page.server.ts)
// by the same components as the staff preview's, and only the page's enhancement module as
// script (lib/survey/enhance/), configured by a JSON script beside it. A page that needs
// no script (the thank-you page) ships none.
import type { ReactNode } from "react";
import { AppRouterContext, type AppRouterInstance } from "next/dist/shared/lib/app-router-context.shared-runtime";
import type { Locale } from "@/lib/questionnaire/locale";
import { PAGE_CONFIG_ID } from "@/lib/survey/enhance/page-config";
import { SurveyShell } from "./SurveyShell";

export interface RespondentDocumentProps {
  locale: Locale;
  title: string;
  description: string;
  /** The page's path without the language, for the language switch. */
  path: string;
  /** The respondent pages' stylesheet (versioned address). */
  styles: string;
  /** The enhancement module and its configuration (JSON), when the page has one. */
  module?: { src: string; nonce: string; config: string };
  /** Without the survey's header and footer (the not-found page). */
  bare?: boolean;
  children: ReactNode;
}

// The views read the router only in their event handlers, which never run here: the page is
// static markup, and the enhancement module does what a script does.
const noRouter: AppRouterInstance = { back() {}, forward() {}, refresh() {}, push() {}, replace() {}, prefetch() {}, bfcacheId: "" };

export function RespondentDocument({ locale, title, description, path, styles, module, bare = false, children }: RespondentDocumentProps) {
  return (
    <html lang={locale}>
      {/* The whole document is ours: rendered to static markup outside Next.js's page renderer. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <meta name="description" content={description} />
        <meta name="robots" content="noindex" />
        {/* The site-wide header is "no-referrer", under which a browser posts forms with
            "Origin: null", which the same-origin check refuses: these pages send their
            origin to themselves, and nothing to any other site. */}
        <meta name="referrer" content="same-origin" />
        <link rel="stylesheet" href={styles} />
        {/* A module script: deferred by nature, so it never blocks the page (the rule is
            about classic scripts rendered by the framework). */}
        {/* eslint-disable-next-line @next/next/no-sync-scripts */}
        {module ? <script type="module" src={module.src} nonce={module.nonce || undefined} /> : null}
      </head>
      <body>
        <AppRouterContext.Provider value={noRouter}>
          {bare ? (
            children
          ) : (
            <SurveyShell locale={locale} path={path}>
              {children}
            </SurveyShell>
          )}
        </AppRouterContext.Provider>
        {module ? <script type="application/json" id={PAGE_CONFIG_ID} dangerouslySetInnerHTML={{ __html: module.config }} /> : null}
      </body>
    </html>
  );
}
