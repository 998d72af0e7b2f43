// Header, navigation and <main> of every signed-in staff page. Links are shown by role;
// hiding a link is a courtesy, the pages themselves enforce the role.
import Link from "next/link";
import { signOutAction } from "@/app/admin/actions/session";
import type { StaffPrincipal } from "@/lib/auth/principal";
import { roleSatisfies, staffHome, type Access } from "@/lib/auth/roles";
import { fill, staffMessages, type StaffMessages } from "@/lib/i18n/staff";
import type { Locale } from "@/lib/questionnaire/locale";
import { REVIEW_MESSAGES } from "@/lib/i18n/staff/review";
import { LanguageSwitch } from "./LanguageSwitch";
// The staff stylesheet (not in app/admin/layout.tsx: see the comment there).
// Noto Sans: the font the charts are measured and drawn in (lib/charts/measure.ts).
import "@fontsource/noto-sans/400.css";
import "@fontsource/noto-sans/700.css";
import "@/app/admin/admin.css";

export type AdminSection =
  | "overview"
  | "results"
  | "crosstab"
  | "report"
  | "paper"
  | "review"
  | "export"
  | "coding"
  | "weights"
  | "questionnaire"
  | "survey"
  | "staff"
  | "audit";

/** Pages that read the dashboard filters: their links carry the current filters along. */
const FILTERED: readonly AdminSection[] = ["overview", "results", "crosstab", "report", "paper"];

const NAV: { section: AdminSection; href: string; role: Access }[] = [
  { section: "overview", href: "/admin", role: "viewer" },
  { section: "results", href: "/admin/results", role: "viewer" },
  { section: "crosstab", href: "/admin/crosstab", role: "viewer" },
  { section: "report", href: "/admin/report", role: "viewer" },
  { section: "paper", href: "/admin/paper", role: "viewer" },
  { section: "review", href: "/admin/review", role: "analyst" },
  { section: "export", href: "/admin/export", role: "analyst" },
  { section: "coding", href: "/admin/coding", role: "analyst" },
  { section: "weights", href: "/admin/weights", role: "admin" },
  { section: "questionnaire", href: "/admin/questionnaire", role: "questionnaire.read" },
  { section: "survey", href: "/admin/survey", role: "admin" },
  { section: "staff", href: "/admin/staff", role: "admin" },
  { section: "audit", href: "/admin/audit", role: "admin" },
];

function label(m: StaffMessages, locale: Locale, section: AdminSection): string {
  if (section === "report") return m.analysis.report.nav;
  if (section === "paper") return m.analysis.paper.nav;
  if (section === "questionnaire") return m.questionnaireEditor.nav;
  if (section === "review") return REVIEW_MESSAGES[locale].nav;
  if (section === "coding") return m.coding.nav;
  if (section === "weights") return m.coding.weights.nav;
  return m.nav[section];
}

export function AdminShell({
  staff,
  locale,
  current,
  path,
  filterQuery = "",
  children,
}: {
  staff: StaffPrincipal | null;
  locale: Locale;
  current?: AdminSection;
  /** This page's URL (with its query), to come back to after a language switch. */
  path: string;
  /** The page's dashboard filters (query string), kept when moving between dashboard pages. */
  filterQuery?: string;
  children: React.ReactNode;
}) {
  const m = staffMessages(locale);
  return (
    <>
      <a className="skip-link" href="#main">
        {m.skipToContent}
      </a>
      <header className="admin-header">
        <div className="admin-header__inner">
          <Link className="admin-header__title" href={staff ? staffHome(staff.role) : "/admin"}>
            {m.appTitle}
          </Link>
          {staff && (
            <p className="admin-header__who">{fill(m.signedInAs, { email: staff.email, role: m.roles[staff.role] })}</p>
          )}
          <LanguageSwitch locale={locale} back={path} onDark />
          {staff && (
            <form action={signOutAction} className="inline-form">
              <button type="submit" className="button button--small button--link-like">
                {m.signOut}
              </button>
            </form>
          )}
        </div>
      </header>
      {staff && (
        <nav className="admin-nav" aria-label={m.nav.label}>
          <ul>
            {NAV.filter((n) => roleSatisfies(staff.role, n.role)).map((n) => (
              <li key={n.section}>
                <Link href={filterQuery && FILTERED.includes(n.section) ? `${n.href}?${filterQuery}` : n.href} aria-current={n.section === current ? "page" : undefined}>
                  {label(m, locale, n.section)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <main id="main" className={staff ? "admin-main" : "admin-main admin-main--narrow"} tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
