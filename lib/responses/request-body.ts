// Reading a JSON request body defensively: the content type must say JSON, and the body
// is read as a stream and abandoned as soon as it passes the limit, so neither a lying
// Content-Length nor a chunked upload can make the server buffer more than `limit`.
import { parseStrictJson } from "@/lib/http/strict-json";

export type BodyResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: "unsupportedMediaType" | "tooLarge" | "invalidJson" };

export const MAX_SUBMISSION_BYTES = 64 * 1024;

function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const type = header.split(";")[0]?.trim().toLowerCase();
  return type === "application/json";
}

export async function readJsonBody(request: Request, limit: number = MAX_SUBMISSION_BYTES): Promise<BodyResult> {
  if (!isJsonContentType(request.headers.get("content-type"))) return { ok: false, reason: "unsupportedMediaType" };
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: "tooLarge" };

  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, reason: "tooLarge" };
      }
      chunks.push(value);
    }
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "invalidJson" };
  }
  // Duplicate keys, prototype keys and deep nesting are refused, not resolved.
  const parsed = parseStrictJson(text, { maxDepth: 8 });
  return parsed.ok ? { ok: true, value: parsed.value } : { ok: false, reason: "invalidJson" };
}
