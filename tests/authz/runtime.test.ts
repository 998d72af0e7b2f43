// Runtime half of the authorization test: imports every admin page, route handler and
// server action found on disk and calls it as an anonymous visitor and as every signed-in
// role below the one it requires (a viewer, an analyst), with a real session on a real database. Only the Next.js
// request context (cookies/headers) is simulated.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import {
  ACTION_ROLES,
  PAGE_ROLES,
  ROLE_ORDER,
  ROOT,
  ROUTE_ROLES,
  SAMPLE_PARAMS,
  leastAllowedRole,
  adminPages,
  adminRouteHandlers,
  fillParams,
  refusedRoles,
  serverActions,
  type SignedInRole,
} from "./inventory";

const ORIGIN = "http://staff.test";
const request = { cookies: new Map<string, string>(), headers: new Headers({ host: "staff.test", origin: ORIGIN }) };

vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined),
    getAll: () => [...request.cookies].map(([name, value]) => ({ name, value })),
    has: (name: string) => request.cookies.has(name),
    set: () => undefined,
    delete: () => undefined,
  }),
  headers: async () => request.headers,
}));

let database: TestDatabase;
const tokens: Record<SignedInRole, string> = { admin: "", analyst: "", viewer: "", translator: "" };

function as(who: "anonymous" | SignedInRole, origin: string = ORIGIN): void {
  request.cookies.clear();
  if (who !== "anonymous") request.cookies.set("tyndau_session", tokens[who]);
  request.headers = new Headers({ host: "staff.test", origin });
}

/** What a Next.js redirect()/forbidden() threw, or null for a normal return. */
async function interrupt(run: () => Promise<unknown>): Promise<{ kind: "redirect"; to: string } | { kind: "error"; error: unknown } | null> {
  try {
    await run();
    return null;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return { kind: "redirect", to: digest.split(";")[2] ?? "" };
    return { kind: "error", error };
  }
}

beforeAll(async () => {
  database = await createSqliteDatabase();
  process.env.DATABASE_URL = database.url;
  const { getDb } = await import("@/lib/db/client");
  const { createStaff } = await import("@/lib/auth/accounts");
  const { createSession } = await import("@/lib/auth/session");
  const db = await getDb();
  for (const role of ROLE_ORDER) {
    const created = await createStaff(db, { email: `${role}@authz.test`, password: "authz-test-passphrase", role }, { actor: null, via: "cli" });
    if (!created.ok) throw new Error(created.problem);
    tokens[role] = (await createSession(db, created.value.id)).token;
  }
});

afterAll(async () => {
  const { getDb } = await import("@/lib/db/client");
  await (await getDb()).$disconnect();
  await database?.drop();
});

describe("every admin page", () => {
  for (const page of adminPages()) {
    const role = PAGE_ROLES[page.route];
    if (role === undefined || role === "public") continue;
    const load = async () => (await import(/* @vite-ignore */ `${ROOT}/${page.file}`)) as { default: (props: unknown) => Promise<unknown> };
    const props = { params: Promise.resolve(SAMPLE_PARAMS), searchParams: Promise.resolve({}) };

    it(`${page.route} sends an anonymous visitor to sign in`, async () => {
      const { default: Page } = await load();
      as("anonymous");
      expect(await interrupt(() => Page(props))).toEqual({ kind: "redirect", to: "/admin/sign-in" });
    });

    for (const refused of refusedRoles(role)) {
      it(`${page.route} refuses a ${refused}`, async () => {
        const { default: Page } = await load();
        as(refused);
        expect(await interrupt(() => Page(props))).toEqual({ kind: "redirect", to: "/admin/forbidden" });
      });
    }

    it(`${page.route} renders for a ${leastAllowedRole(role)}`, async () => {
      const { default: Page } = await load();
      as(leastAllowedRole(role));
      expect(await interrupt(() => Page(props))).toBeNull();
    });
  }
});

describe("every admin route handler", () => {
  for (const route of adminRouteHandlers()) {
    for (const method of route.methods) {
      const role = ROUTE_ROLES[`${method} ${route.route}`];
      if (role === undefined || role === "public") continue;
      const url = `${ORIGIN}${fillParams(route.route)}`;
      const call = async (who: "anonymous" | SignedInRole, origin = ORIGIN) => {
        const mod = (await import(/* @vite-ignore */ `${ROOT}/${route.file}`)) as Record<string, (r: Request, ctx: unknown) => Promise<Response>>;
        const handler = mod[method];
        if (!handler) throw new Error(`${route.file} has no ${method}`);
        const headers = new Headers({ host: "staff.test", origin, "content-type": "application/json" });
        if (who !== "anonymous") headers.set("cookie", `tyndau_session=${tokens[who]}`);
        const init: RequestInit = { method, headers };
        if (method !== "GET" && method !== "HEAD") init.body = "{}";
        return handler(new Request(url, init), { params: Promise.resolve(SAMPLE_PARAMS) });
      };

      it(`${method} ${route.route} answers 401 to an anonymous request`, async () => {
        as("anonymous");
        expect((await call("anonymous")).status).toBe(401);
      });
      for (const refused of refusedRoles(role)) {
        it(`${method} ${route.route} answers 403 to a ${refused}`, async () => {
          expect((await call(refused)).status).toBe(403);
        });
      }
      if (method !== "GET" && method !== "HEAD") {
        it(`${method} ${route.route} answers 403 to a cross-origin request, even from an admin`, async () => {
          expect((await call("admin", "https://evil.example")).status).toBe(403);
        });
      }
    }
  }
});

describe("every server action", () => {
  for (const action of serverActions()) {
    const role = ACTION_ROLES[`${action.file}#${action.name}`];
    if (role === "public" || role === undefined) continue;
    const load = async () => {
      const mod = (await import(/* @vite-ignore */ `${ROOT}/${action.file}`)) as Record<string, (form: FormData) => Promise<unknown>>;
      const fn = mod[action.name];
      if (!fn) throw new Error(`${action.file} has no ${action.name}`);
      return fn;
    };
    const refusedWith = async (reason: string) => {
      const fn = await load();
      const outcome = await interrupt(() => fn(new FormData()));
      const { StaffAuthError } = await import("@/lib/auth/guard");
      return outcome?.kind === "error" && outcome.error instanceof StaffAuthError && outcome.error.reason === reason;
    };

    if (action.name === "signOutAction") {
      // Signing out cannot be "refused": an anonymous sign-out only clears cookies.
      it(`${action.name} signs an anonymous visitor out to the sign-in page`, async () => {
        const fn = await load();
        as("anonymous");
        expect(await interrupt(() => fn(new FormData()))).toEqual({ kind: "redirect", to: "/admin/sign-in?signed-out=1" });
      });
      continue;
    }

    it(`${action.name} refuses an anonymous request`, async () => {
      as("anonymous");
      expect(await refusedWith("unauthenticated")).toBe(true);
    });
    for (const refused of refusedRoles(role)) {
      it(`${action.name} refuses a ${refused}`, async () => {
        as(refused);
        expect(await refusedWith("forbidden")).toBe(true);
      });
    }
    it(`${action.name} refuses a cross-origin request, even from an admin`, async () => {
      as("admin", "https://evil.example");
      expect(await refusedWith("bad-origin")).toBe(true);
    });
  }
});
