// Every staff entry point, found by walking the file system, and the role each one
// requires. Both the static and the runtime authorization tests (and the Playwright
// HTTP test) start from here, so a new page, route handler or server action is checked
// the moment it exists, and fails loudly until its role is written down below.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { roleSatisfies, type Permission } from "@/lib/auth/roles";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** A minimum rank, or a named permission (lib/auth/roles.ts) for work that is not a rank. */
export type Requirement = "public" | "viewer" | "analyst" | "admin" | Permission;

/**
 * Every signed-in role: the rank from the least to the most trusted (a role may enter what
 * it or any role before it may), then the translator, which stands outside the rank.
 */
export const ROLE_ORDER = ["viewer", "analyst", "admin", "translator"] as const;
export type SignedInRole = (typeof ROLE_ORDER)[number];

/** The signed-in roles a requirement refuses (viewer < analyst < admin; a permission names its roles). */
export function refusedRoles(requirement: Requirement): SignedInRole[] {
  if (requirement === "public") return [];
  return ROLE_ORDER.filter((role) => !roleSatisfies(role, requirement));
}

/** The least trusted signed-in role a requirement lets in (the one a test renders as). */
export function leastAllowedRole(requirement: Exclude<Requirement, "public">): SignedInRole {
  const role = ROLE_ORDER.find((r) => roleSatisfies(r, requirement));
  if (!role) throw new Error(`No ranked role satisfies ${requirement}`);
  return role;
}

/** Pages under app/admin, by route. */
export const PAGE_ROLES: Record<string, Requirement> = {
  // Aggregates under the minimum group size: every signed-in role, the viewer included.
  "/admin": "viewer",
  "/admin/results": "viewer",
  "/admin/crosstab": "viewer",
  "/admin/report": "viewer",
  "/admin/paper": "viewer",
  // Open answers and microdata exports: analysts and admins only.
  "/admin/open/[variable]": "analyst",
  "/admin/export": "analyst",
  "/admin/review": "analyst",
  // Coding open answers reads their texts: analysts and admins. Weights: admins.
  "/admin/coding": "analyst",
  "/admin/coding/[variable]": "analyst",
  "/admin/weights": "admin",
  "/admin/survey": "admin",
  "/admin/invitations": "admin",
  "/admin/staff": "admin",
  "/admin/audit": "admin",
  // The questionnaire's wording and its previews: admins, analysts (read-only) and translators.
  "/admin/questionnaire": "questionnaire.read",
  "/admin/questionnaire/preview/[locale]/[step]": "questionnaire.read",
  // Public by design: signing in, and the refusal page itself.
  "/admin/sign-in": "public",
  "/admin/forbidden": "public",
};

/** Route handlers under app/api/admin, by "METHOD /route". */
export const ROUTE_ROLES: Record<string, Requirement> = {
  "GET /api/admin/me": "viewer",
  "GET /api/admin/survey": "analyst",
  "POST /api/admin/survey": "admin",
  "POST /admin/invitations/codes": "admin",
  "GET /api/admin/invitations/rates.csv": "admin",
  // Aggregate downloads (a chart, a crosstab), under the minimum group size like their pages.
  "GET /api/admin/charts/[chart]": "viewer",
  "GET /api/admin/crosstab.csv": "viewer",
  "GET /api/admin/export/responses.csv": "analyst",
  "GET /api/admin/export/responses-long.csv": "analyst",
  "GET /api/admin/export/responses.sps": "analyst",
  "GET /api/admin/export/responses.sav": "analyst",
  "GET /api/admin/export/responses.xlsx": "analyst",
  "GET /api/admin/export/codebook.csv": "analyst",
  "GET /api/admin/export/codebook.md": "analyst",
  "GET /api/admin/backup": "admin",
  // The translators' strings workbook: read by whoever may read the editor, uploaded by whoever may edit the draft.
  "GET /api/admin/questionnaire/strings.xlsx": "questionnaire.read",
  "POST /api/admin/questionnaire/strings.xlsx": "questionnaire.edit",
  "GET /api/admin/questionnaire/strings.csv": "questionnaire.read",
  "POST /api/admin/questionnaire/publish": "questionnaire.publish",
};

/** Server actions, by "file#export". */
export const ACTION_ROLES: Record<string, Requirement> = {
  "app/admin/actions/session.ts#signInAction": "public",
  "app/admin/actions/session.ts#setUiLocaleAction": "public",
  "app/admin/actions/session.ts#signOutAction": "viewer",
  "app/admin/actions/survey.ts#setSurveyStatusAction": "admin",
  "app/admin/actions/survey.ts#deleteAllResponsesAction": "admin",
  "app/admin/actions/survey.ts#setAccessModeAction": "admin",
  "app/admin/actions/invitations.ts#revokeBatchAction": "admin",
  "app/admin/actions/invitations.ts#extendBatchAction": "admin",
  "app/admin/actions/staff.ts#createStaffAction": "admin",
  "app/admin/actions/staff.ts#setStaffDisabledAction": "admin",
  "app/admin/actions/staff.ts#resetStaffPasswordAction": "admin",
  "app/admin/actions/staff.ts#changeStaffRoleAction": "admin",
  "app/admin/actions/questionnaire.ts#saveDraftAction": "questionnaire.edit",
  "app/admin/actions/questionnaire.ts#confirmTranslationAction": "questionnaire.edit",
  "app/admin/actions/questionnaire.ts#discardDraftAction": "questionnaire.edit",
  "app/admin/actions/questionnaire.ts#setSourceLocaleAction": "admin",
  "app/admin/actions/questionnaire.ts#publishDraftAction": "questionnaire.publish",
  "app/admin/actions/questionnaire-preview.ts#previewStepAction": "questionnaire.read",
  "app/admin/actions/review.ts#reviewDecisionAction": "analyst",
  "app/admin/actions/coding.ts#createFrameAction": "analyst",
  "app/admin/actions/coding.ts#saveCategoryAction": "analyst",
  "app/admin/actions/coding.ts#setCodesAction": "analyst",
  "app/admin/actions/weights.ts#computeWeightsAction": "admin",
  "app/admin/actions/weights.ts#removeWeightsAction": "admin",
};

/** Values for dynamic segments when a test has to build a URL. */
export const SAMPLE_PARAMS: Record<string, string> = { variable: "Q22", chart: "Q9", locale: "kk", step: "part-2" };

export const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function walk(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every file under a directory of the repository, relative to the root. */
export function filesUnder(dir: string): string[] {
  return walk(path.join(ROOT, dir)).map(rel);
}

const rel = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");

/** "app/admin/open/[variable]/page.tsx" → "/admin/open/[variable]" (route groups dropped). */
function routeOf(file: string, base: string): string {
  const dir = path.posix.dirname(rel(file)).slice(base.length);
  const segments = dir.split("/").filter((s) => s !== "" && !(s.startsWith("(") && s.endsWith(")")));
  return `/${segments.join("/")}`.replace(/\/$/, "") || "/";
}

export function fillParams(route: string): string {
  return route.replace(/\[(\w+)\]/g, (_, name: string) => SAMPLE_PARAMS[name] ?? "x");
}

export type PageEntry = { file: string; route: string };
export type RouteEntry = { file: string; route: string; methods: string[] };
export type ActionEntry = { file: string; name: string };

export function adminPages(): PageEntry[] {
  return walk(path.join(ROOT, "app/admin"))
    .filter((f) => /\/page\.(tsx|ts|jsx|js)$/.test(f))
    .map((f) => ({ file: rel(f), route: `/admin${routeOf(f, "app/admin") === "/" ? "" : routeOf(f, "app/admin")}` }))
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Route handlers under app/api/admin, and those under app/admin (pages answered by a handler). */
export function adminRouteHandlers(): RouteEntry[] {
  return ([["app/api/admin", "/api/admin"], ["app/admin", "/admin"]] as const)
    .flatMap(([dir, prefix]) =>
      walk(path.join(ROOT, dir))
        .filter((f) => /\/route\.(ts|js)$/.test(f))
        .map((f) => {
          const source = readFileSync(f, "utf8");
          const methods = HTTP_METHODS.filter((m) => new RegExp(`export\\s+(async\\s+)?(function\\s+${m}\\b|const\\s+${m}\\b)`).test(source));
          return { file: rel(f), route: `${prefix}${routeOf(f, dir) === "/" ? "" : routeOf(f, dir)}`, methods };
        }),
    )
    .sort((a, b) => a.route.localeCompare(b.route));
}

/** Files whose first statement is "use server", under app/admin, app/[locale], lib and components/admin. */
export function serverActionFiles(): string[] {
  return ["app/admin", "app/[locale]", "lib", "components/admin"]
    .flatMap((d) => walk(path.join(ROOT, d)))
    .filter((f) => /\.(ts|tsx)$/.test(f) && !f.includes("/generated/"))
    .filter((f) => /^(\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/.test(readFileSync(f, "utf8")))
    .map(rel)
    .sort();
}

/** Exported functions of a "use server" file (every export of such a file is an action). */
export function exportedFunctions(file: string): string[] {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  return [...source.matchAll(/export\s+(?:async\s+)?function\s+(\w+)|export\s+const\s+(\w+)\s*=/g)].map((m) => m[1] ?? m[2] ?? "");
}

export function serverActions(): ActionEntry[] {
  return serverActionFiles().flatMap((file) => exportedFunctions(file).map((name) => ({ file, name })));
}

/** The body of one exported function, from its declaration to the next top-level export. */
export function functionSource(file: string, name: string): string {
  const source = readFileSync(path.join(ROOT, file), "utf8");
  const start = source.search(new RegExp(`export\\s+(async\\s+)?function\\s+${name}\\b|export\\s+const\\s+${name}\\b`));
  if (start < 0) return "";
  const rest = source.slice(start + 1);
  const next = rest.search(/\nexport\s/);
  return next < 0 ? source.slice(start) : source.slice(start, start + 1 + next);
}
