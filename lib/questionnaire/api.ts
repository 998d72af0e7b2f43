// GET /api/questionnaire: the definition for clients, in one language (?lang=kk|ru|en)
// or, without ?lang, in all three. The definition changes when staff publish a version
// (lib/questionnaire/active.server.ts), so responses are public but revalidated on every
// use, cheaply, by an ETag derived from the version and content.
import { isLocale, LOCALES, type Locale } from "./locale";
import { localise } from "./localise";
import type { Questionnaire } from "./types";
import { versionOf } from "./version";

const CACHE_CONTROL = "public, no-cache";

interface Rendered {
  body: string;
  etag: string;
}

// Bodies are rendered once per definition and language.
const cache = new WeakMap<Questionnaire, Map<string, Rendered>>();

/** The JSON payload: the definition (localised when a locale is given) plus its version. */
export function questionnairePayload(def: Questionnaire, locale?: Locale) {
  const meta = { questionnaireVersion: versionOf(def), locales: LOCALES };
  return locale === undefined
    ? { ...meta, ...def }
    : { ...meta, locale, ...localise(def, locale) };
}

function render(def: Questionnaire, locale: Locale | undefined): Rendered {
  let perDef = cache.get(def);
  if (!perDef) {
    perDef = new Map();
    cache.set(def, perDef);
  }
  const key = locale ?? "all";
  let rendered = perDef.get(key);
  if (!rendered) {
    const body = JSON.stringify(questionnairePayload(def, locale));
    // The version names the instrument; the content hash protects clients if someone
    // edits the wording and forgets to bump the version.
    rendered = { body, etag: `"${versionOf(def)}-${key}-${fnv1a(body)}"` };
    perDef.set(key, rendered);
  }
  return rendered;
}

/** 32-bit FNV-1a over UTF-16 units, hex: a cheap, dependency-free content fingerprint. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

/** True when an If-None-Match header matches the ETag (weak comparison, RFC 9110 §13.1.2). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (header === null) return false;
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => tag.trim() === "*" || strip(tag) === strip(etag));
}

/** Handles GET /api/questionnaire; the route file only delegates here. */
export function handleQuestionnaireRequest(request: Request, def: Questionnaire): Response {
  const lang = new URL(request.url).searchParams.get("lang");
  if (lang !== null && !isLocale(lang)) {
    return Response.json(
      { error: `Unknown lang "${lang}". Use one of: ${LOCALES.join(", ")}.` },
      { status: 400, headers: { "Cache-Control": "no-store" } },
    );
  }
  const { body, etag } = render(def, lang ?? undefined);
  const headers = { ETag: etag, "Cache-Control": CACHE_CONTROL };
  if (matchesIfNoneMatch(request.headers.get("If-None-Match"), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(body, { status: 200, headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}
