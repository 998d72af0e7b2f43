import { describe, expect, it } from "vitest";
import { COMMON_SECURITY_HEADERS, pageCsp } from "./security-headers";

describe("page CSP", () => {
  it("allows scripts only by nonce, never eval or inline, and forbids framing", () => {
    const csp = pageCsp("abc123abc123abc123==");
    expect(csp).toContain("script-src 'self' 'nonce-abc123abc123abc123==' 'strict-dynamic'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp.split("; ").find((d) => d.startsWith("script-src"))).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(pageCsp("n", { dev: true })).toContain("'unsafe-eval'");
  });
  it("sends no referrer and no sniffing", () => {
    const headers = Object.fromEntries(COMMON_SECURITY_HEADERS.map((h) => [h.key, h.value]));
    expect(headers["Referrer-Policy"]).toBe("no-referrer");
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
  });
});

describe("HSTS", () => {
  it("is sent only when the public origin is https", async () => {
    const { hstsHeader } = await import("./security-headers");
    expect(hstsHeader("https://survey.example.kz")).toMatch(/^max-age=\d{7,}$/);
    expect(hstsHeader("http://localhost:3000")).toBeNull();
    expect(hstsHeader(undefined)).toBeNull();
  });
});
