// The response id is generated in the browser when the questionnaire starts and is the
// idempotency key of the submission. crypto.randomUUID exists only in secure contexts
// (HTTPS or localhost), so a plain-HTTP deployment falls back to getRandomValues, which
// is available everywhere, and formats an RFC 9562 version-4 UUID by hand.
export function newResponseId(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
