// The staff area's own root layout: its own <html lang>, and none of the respondent
// pages' code. Its stylesheet comes with AdminShell, which every staff page renders, so
// the questionnaire preview (which renders the respondent pages instead) carries only the
// respondent stylesheets and looks exactly as respondents see it. It authorizes nothing:
// every page calls the guard.
import type { Metadata, Viewport } from "next";
import { currentStaff } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { staffMessages } from "@/lib/i18n/staff";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await staffUiLocale(await currentStaff());
  // Staff pages are never indexed.
  return { title: staffMessages(locale).appTitle, robots: { index: false, follow: false } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function AdminRootLayout({ children }: { children: React.ReactNode }) {
  const locale = await staffUiLocale(await currentStaff());
  return (
    <html lang={locale}>
      <body>{children}</body>
    </html>
  );
}
