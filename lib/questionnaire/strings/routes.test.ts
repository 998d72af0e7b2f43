// The strings workbook routes as a browser or a script calls them, with real sessions on a
// real SQLite database: a translator downloads and uploads (raw body and multipart form),
// an analyst may download but not upload, a viewer gets neither, a foreign origin is
// refused, and a refused upload answers 422 with the rows (413 over 5 MB).
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSqliteDatabase, type TestDatabase } from "@/tests/support/databases";
import type { StaffRole } from "@/lib/auth/roles";

const ORIGIN = "http://staff.test";
const OPTION = "Q9.options.3.label";
let database: TestDatabase;
const tokens: Partial<Record<StaffRole, string>> = {};

type Handler = (request: Request) => Promise<Response>;
let xlsxRoute: { GET: Handler; POST: Handler };
let csvRoute: { GET: Handler };

function request(method: string, who: StaffRole, options: { body?: Uint8Array | ArrayBuffer | string; contentType?: string; origin?: string; query?: string } = {}): Request {
  const headers = new Headers({ host: "staff.test", origin: options.origin ?? ORIGIN, cookie: `tyndau_session=${tokens[who] ?? ""}` });
  if (options.contentType) headers.set("content-type", options.contentType);
  return new Request(`${ORIGIN}/api/admin/questionnaire/strings.xlsx${options.query ?? ""}`, {
    method,
    headers,
    body: options.body === undefined || typeof options.body === "string" ? options.body : new Blob([options.body as BlobPart]),
  });
}

async function editedWorkbook(text: string): Promise<Uint8Array> {
  const response = await xlsxRoute.GET(request("GET", "translator"));
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(await response.arrayBuffer());
  const sheet = book.getWorksheet("Strings");
  if (!sheet) throw new Error("no sheet");
  for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(1).value === OPTION) sheet.getRow(r).getCell(3).value = text;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

beforeAll(async () => {
  database = await createSqliteDatabase();
  process.env.DATABASE_URL = database.url;
  const { getDb } = await import("@/lib/db/client");
  const { createStaff } = await import("@/lib/auth/accounts");
  const { createSession } = await import("@/lib/auth/session");
  const db = await getDb();
  for (const role of ["admin", "analyst", "viewer", "translator"] as const) {
    const created = await createStaff(db, { email: `${role}@strings.test`, password: "strings-test-passphrase", role, locale: "en" }, { actor: null, via: "cli" });
    if (!created.ok) throw new Error(created.problem);
    tokens[role] = (await createSession(db, created.value.id)).token;
  }
  xlsxRoute = (await import("@/app/api/admin/questionnaire/strings.xlsx/route")) as unknown as typeof xlsxRoute;
  csvRoute = (await import("@/app/api/admin/questionnaire/strings.csv/route")) as unknown as typeof csvRoute;
});

afterAll(async () => {
  const { getDb } = await import("@/lib/db/client");
  await (await getDb()).$disconnect();
  await database?.drop();
});

describe("GET /api/admin/questionnaire/strings.xlsx", () => {
  it("gives a translator and an analyst the workbook, and a viewer 403", async () => {
    for (const who of ["translator", "analyst", "admin"] as const) {
      const response = await xlsxRoute.GET(request("GET", who));
      expect(response.status, who).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="strings-hearing-state-\d+\.xlsx"$/);
      expect([...new Uint8Array(await response.arrayBuffer()).subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    }
    expect((await xlsxRoute.GET(request("GET", "viewer"))).status).toBe(403);
  });

  it("gives CSV with ?format=csv and from strings.csv, status words in the asked language", async () => {
    const response = await xlsxRoute.GET(request("GET", "translator", { query: "?format=csv&lang=ru" }));
    const csv = new TextDecoder("utf-8", { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(csv.startsWith("\uFEFFkey,where,kk,ru,en,status\r\n")).toBe(true);
    expect(csv).toContain("ru: исходный");
    const other = await csvRoute.GET(request("GET", "translator"));
    expect(other.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(await other.text()).toContain("ru: source");
    expect((await xlsxRoute.GET(request("GET", "translator", { query: "?format=ods" }))).status).toBe(400);
  });
});

describe("POST /api/admin/questionnaire/strings.xlsx", () => {
  it("refuses an analyst, a viewer and a foreign origin", async () => {
    const body = await editedWorkbook("Талдаушы");
    expect((await xlsxRoute.POST(request("POST", "analyst", { body }))).status).toBe(403);
    expect((await xlsxRoute.POST(request("POST", "viewer", { body }))).status).toBe(403);
    expect((await xlsxRoute.POST(request("POST", "translator", { body, origin: "https://evil.example" }))).status).toBe(403);
  });

  it("applies a translator's workbook sent as the raw body and answers the changed strings", async () => {
    const response = await xlsxRoute.POST(request("POST", "translator", { body: await editedWorkbook("Аудармашы"), contentType: "application/octet-stream" }));
    expect(response.status).toBe(200);
    const json = (await response.json()) as { ok: boolean; format: string; message: string; changed: { key: string; locale: string; before: string; after: string }[] };
    expect(json).toMatchObject({ ok: true, format: "xlsx", message: "Texts changed in the draft: 1." });
    expect(json.changed).toEqual([{ key: OPTION, locale: "kk", before: expect.any(String), after: "Аудармашы" }]);
  });

  it("reads one file of a multipart form", async () => {
    const form = new FormData();
    form.set("file", new Blob([(await editedWorkbook("Форма арқылы")) as BlobPart]), "strings.xlsx");
    const probe = new Request("http://x/", { method: "POST", body: form });
    const response = await xlsxRoute.POST(
      request("POST", "admin", { body: await probe.arrayBuffer(), contentType: probe.headers.get("content-type") ?? "" }),
    );
    expect(response.status).toBe(200);
    expect(((await response.json()) as { changed: { after: string }[] }).changed.map((c) => c.after)).toEqual(["Форма арқылы"]);
  });

  it("answers 422 with the problems by row, in the asked language, and applies nothing", async () => {
    const before = await (await csvRoute.GET(request("GET", "translator"))).text();
    const csv = `key,kk,ru,en\n${OPTION},x,y,z\nnot.a.key,a,b,c\n`;
    const response = await xlsxRoute.POST(request("POST", "translator", { body: csv, contentType: "text/csv", query: "?lang=ru" }));
    expect(response.status).toBe(422);
    const json = (await response.json()) as { ok: boolean; applied: boolean; problems: { row: number; key: string; message: string }[] };
    expect(json).toMatchObject({ ok: false, applied: false });
    expect(json.problems).toEqual([expect.objectContaining({ row: 3, key: "not.a.key", message: "Строка 3 (not.a.key): такого ключа нет в анкете (ключи менять нельзя)." })]);
    expect(await (await csvRoute.GET(request("GET", "translator"))).text()).toBe(before);
  });

  it("answers 413 to a body over 5 MB without reading it all", async () => {
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    const response = await xlsxRoute.POST(request("POST", "translator", { body: big }));
    expect(response.status).toBe(413);
    expect(((await response.json()) as { problems: { message: string }[] }).problems[0]?.message).toBe("The file is larger than 5 MB.");
  });
});
