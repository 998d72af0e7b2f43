// The translator works on the wording only: it is refused every page and download that
// shows results, open answers, microdata or the audit log, may read and edit the
// questionnaire, and may not publish. (runtime.test.ts then calls every guard as a
// translator; this file says which entry points matter most, by name.)
import { describe, expect, it } from "vitest";
import { roleSatisfies, staffHome } from "@/lib/auth/roles";
import { ACTION_ROLES, PAGE_ROLES, ROUTE_ROLES, refusedRoles } from "./inventory";

describe("the translator role", () => {
  it("is refused results, open answers, exports and the audit log", () => {
    for (const page of ["/admin", "/admin/results", "/admin/crosstab", "/admin/report", "/admin/open/[variable]", "/admin/export", "/admin/audit", "/admin/staff", "/admin/survey"]) {
      const role = PAGE_ROLES[page];
      expect(role, page).toBeDefined();
      expect(refusedRoles(role!), page).toContain("translator");
    }
    const downloads = Object.entries(ROUTE_ROLES).filter(([route]) => /export|crosstab|charts|backup|survey/.test(route));
    expect(downloads.length).toBeGreaterThanOrEqual(10);
    for (const [route, role] of downloads) expect(refusedRoles(role), route).toContain("translator");
  });

  it("reads and edits the questionnaire, previews it, and cannot publish", () => {
    expect(refusedRoles(PAGE_ROLES["/admin/questionnaire"]!)).not.toContain("translator");
    expect(refusedRoles(PAGE_ROLES["/admin/questionnaire/preview/[locale]/[step]"]!)).not.toContain("translator");
    expect(refusedRoles(ACTION_ROLES["app/admin/actions/questionnaire.ts#saveDraftAction"]!)).not.toContain("translator");
    expect(refusedRoles(ROUTE_ROLES["POST /api/admin/questionnaire/publish"]!)).toEqual(expect.arrayContaining(["translator", "analyst", "viewer"]));
    expect(refusedRoles(ACTION_ROLES["app/admin/actions/questionnaire.ts#publishDraftAction"]!)).toContain("translator");
    expect(roleSatisfies("translator", "questionnaire.edit")).toBe(true);
    expect(roleSatisfies("translator", "questionnaire.publish")).toBe(false);
  });

  it("lets analysts read the editor but not change it", () => {
    expect(roleSatisfies("analyst", "questionnaire.read")).toBe(true);
    expect(refusedRoles(ACTION_ROLES["app/admin/actions/questionnaire.ts#saveDraftAction"]!)).toContain("analyst");
    expect(refusedRoles(ACTION_ROLES["app/admin/actions/questionnaire.ts#confirmTranslationAction"]!)).toContain("analyst");
  });

  it("lands on the editor after signing in", () => {
    expect(staffHome("translator")).toBe("/admin/questionnaire");
    expect(staffHome("viewer")).toBe("/admin");
  });
});
