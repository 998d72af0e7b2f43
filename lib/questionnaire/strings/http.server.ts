import "server-only";
// The HTTP side of the strings workbook routes: the download's headers, and reading an
// upload (a raw body or a multipart form with one file) without ever holding more than
// the size limit in memory. Route handlers authorize first and then hand over here.
import type { StaffPrincipal } from "@/lib/auth/principal";
import { getDb } from "@/lib/db/client";
import { staffMessages } from "@/lib/i18n/staff";
import { isLocale, type Locale } from "../locale";
import { describeUploadProblem } from "./problems";
import { importStrings, stringsFile, type StringsFormat } from "./spreadsheet.server";
import { MAX_UPLOAD_BYTES } from "./workbook.server";

const NO_STORE = { "Cache-Control": "no-store" } as const;

function localeOf(request: Request, staff: StaffPrincipal): Locale {
  const lang = new URL(request.url).searchParams.get("lang");
  return isLocale(lang) ? lang : staff.locale;
}

/** GET: the draft's strings as .xlsx, or CSV with ?format=csv (or from the .csv route). */
export async function stringsDownloadResponse(request: Request, staff: StaffPrincipal, fixed?: StringsFormat): Promise<Response> {
  const asked = new URL(request.url).searchParams.get("format");
  if (!fixed && asked !== null && asked !== "xlsx" && asked !== "csv") {
    return Response.json({ error: 'format must be "xlsx" or "csv"' }, { status: 400, headers: NO_STORE });
  }
  const format: StringsFormat = fixed ?? (asked === "csv" ? "csv" : "xlsx");
  const file = await stringsFile(await getDb(), format, localeOf(request, staff));
  return new Response(file.body as BodyInit, {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"`,
      "Content-Length": String(file.body.byteLength),
      "X-Questionnaire-Version": file.baseVersion,
      ...NO_STORE,
      "X-Content-Type-Options": "nosniff",
    },
  });
}

/** The body's bytes, or null when it is over `max` (reading stops there). */
async function readCapped(request: Request, max: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers.get("content-length") ?? "NaN");
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}

/** Room for a multipart form's boundaries and part headers around a file at the limit. */
const MULTIPART_OVERHEAD = 64 * 1024;

/** POST: applies an uploaded workbook or CSV to the draft (all or nothing). */
export async function stringsUploadResponse(request: Request, staff: StaffPrincipal): Promise<Response> {
  const locale = localeOf(request, staff);
  const m = staffMessages(locale).questionnaireStrings;
  const tooLarge = () =>
    Response.json(
      { ok: false, applied: false, problems: [{ code: "too-large", row: null, key: null, message: describeUploadProblem({ code: "too-large", row: null, key: null, detail: { max: MAX_UPLOAD_BYTES / 1024 / 1024 } }, m) }] },
      { status: 413, headers: NO_STORE },
    );
  const contentType = request.headers.get("content-type") ?? "";
  const multipart = contentType.toLowerCase().startsWith("multipart/form-data");
  const raw = await readCapped(request, MAX_UPLOAD_BYTES + (multipart ? MULTIPART_OVERHEAD : 0));
  if (raw === null) return tooLarge();
  let bytes = raw;
  if (multipart) {
    let form: FormData;
    try {
      form = await new Response(raw as BodyInit, { headers: { "content-type": contentType } }).formData();
    } catch {
      return Response.json({ ok: false, applied: false, error: "Unreadable multipart form" }, { status: 400, headers: NO_STORE });
    }
    const file = [...form.values()].find((v): v is File => typeof v !== "string");
    if (!file) return Response.json({ ok: false, applied: false, error: "The form holds no file" }, { status: 400, headers: NO_STORE });
    bytes = new Uint8Array(await file.arrayBuffer());
  }
  const outcome = await importStrings(await getDb(), bytes, { actor: { id: staff.id, email: staff.email }, via: "spreadsheet" }, locale);
  if (!outcome.ok) {
    if (outcome.tooLarge) return tooLarge();
    return Response.json(
      { ok: false, applied: false, message: staffMessages(locale).questionnaireStrings.refused.replace("{count}", String(outcome.problems.length)), problems: outcome.problems },
      { status: 422, headers: NO_STORE },
    );
  }
  const message = outcome.changed.length === 0 ? m.unchanged : m.applied.replace("{count}", String(outcome.changed.length));
  return Response.json({ ok: true, applied: outcome.changed.length > 0, format: outcome.format, message, changed: outcome.changed }, { headers: NO_STORE });
}
