// Static half of the authorization test: every admin page, route handler and server
// action is found on disk, must have its role written down in inventory.ts, and must
// call the guard itself with that role (never relying on a proxy/middleware).
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  ACTION_ROLES,
  PAGE_ROLES,
  ROOT,
  ROUTE_ROLES,
  adminPages,
  adminRouteHandlers,
  filesUnder,
  functionSource,
  serverActions,
} from "./inventory";

const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

describe("authorization inventory", () => {
  it("finds the staff area's entry points", () => {
    expect(adminPages().length).toBeGreaterThanOrEqual(8);
    expect(adminRouteHandlers().length).toBeGreaterThanOrEqual(3);
    expect(serverActions().length).toBeGreaterThanOrEqual(8);
  });

  it("every admin page has a declared role and calls requireStaffPage with it", () => {
    const problems: string[] = [];
    for (const page of adminPages()) {
      const role = PAGE_ROLES[page.route];
      if (!role) {
        problems.push(`${page.file}: add "${page.route}" to PAGE_ROLES in tests/authz/inventory.ts`);
        continue;
      }
      if (role === "public") continue;
      const source = read(page.file);
      // The role is written out (requireStaffPage() alone means "analyst").
      const call = role === "analyst" ? /requireStaffPage\(\s*(["']analyst["'])?\s*\)/ : new RegExp(`requireStaffPage\\(\\s*["']${role}["']\\s*\\)`);
      if (!call.test(source)) problems.push(`${page.file}: must call requireStaffPage("${role}")`);
    }
    expect(problems).toEqual([]);
  });

  it("every admin route handler has a declared role and calls authorizeRoute with it", () => {
    const problems: string[] = [];
    for (const route of adminRouteHandlers()) {
      if (route.methods.length === 0) problems.push(`${route.file}: exports no HTTP method`);
      for (const method of route.methods) {
        const key = `${method} ${route.route}`;
        const role = ROUTE_ROLES[key];
        if (!role) {
          problems.push(`${route.file}: add "${key}" to ROUTE_ROLES in tests/authz/inventory.ts`);
          continue;
        }
        if (role === "public") continue;
        const body = functionSource(route.file, method);
        if (!new RegExp(`authorizeRoute\\(\\s*request\\s*,\\s*["']${role}["']\\s*\\)`).test(body)) {
          problems.push(`${route.file} ${method}: must call authorizeRoute(request, "${role}")`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("every server action has a declared role and calls requireStaffAction with it", () => {
    const problems: string[] = [];
    for (const action of serverActions()) {
      const key = `${action.file}#${action.name}`;
      const role = ACTION_ROLES[key];
      if (!role) {
        problems.push(`${key}: add it to ACTION_ROLES in tests/authz/inventory.ts`);
        continue;
      }
      if (role === "public") continue;
      const body = functionSource(action.file, action.name);
      if (!new RegExp(`requireStaffAction\\(\\s*["']${role}["']\\s*\\)`).test(body)) {
        problems.push(`${key}: must call requireStaffAction("${role}")`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("no staff code renders HTML from strings", () => {
    const offenders = ["app/admin", "components/admin", "components/charts"]
      .flatMap((dir) => filesUnder(dir))
      .filter((f) => /\.(tsx?|jsx?)$/.test(f) && read(f).includes("dangerouslySetInnerHTML"));
    expect(offenders).toEqual([]);
  });

  it("the inventory lists nothing that no longer exists", () => {
    const pages = new Set(adminPages().map((p) => p.route));
    const routes = new Set(adminRouteHandlers().flatMap((r) => r.methods.map((m) => `${m} ${r.route}`)));
    const actions = new Set(serverActions().map((a) => `${a.file}#${a.name}`));
    expect(Object.keys(PAGE_ROLES).filter((k) => !pages.has(k))).toEqual([]);
    expect(Object.keys(ROUTE_ROLES).filter((k) => !routes.has(k))).toEqual([]);
    expect(Object.keys(ACTION_ROLES).filter((k) => !actions.has(k))).toEqual([]);
  });
});
