// The server-action body limit, in one place for next.config.ts (Next.js's own
// limit) and proxy.ts (which answers 413 above it, lib/http/action-request.ts).
// No imports: next.config.ts loads this file before the app's path aliases exist.
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
