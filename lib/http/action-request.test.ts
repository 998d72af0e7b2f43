import { describe, expect, it } from "vitest";
import { ACTION_BODY_LIMIT_BYTES } from "./action-limit";
import { mayBeActionPost, refuseActionPost } from "./action-request";
import { PEER_HEADER } from "./client-address";

const own = (extra: Record<string, string>) =>
  new Headers({ host: "127.0.0.1:3000", [PEER_HEADER]: "127.0.0.1", origin: "http://127.0.0.1:3000", "content-type": "multipart/form-data; boundary=x", "content-length": "100", ...extra });

describe("server-action posts refused before the action runs", () => {
  it("recognises action calls and no-JS form posts, not GETs or JSON", () => {
    expect(mayBeActionPost("POST", new Headers({ "next-action": "abc" }))).toBe(true);
    expect(mayBeActionPost("POST", new Headers({ "content-type": "application/x-www-form-urlencoded" }))).toBe(true);
    expect(mayBeActionPost("POST", new Headers({ "content-type": "application/json" }))).toBe(false);
    expect(mayBeActionPost("GET", new Headers({ "next-action": "abc" }))).toBe(false);
  });

  it("413 above the limit, 411 without a length, nothing at or below it", () => {
    expect(refuseActionPost("POST", own({ "content-length": String(ACTION_BODY_LIMIT_BYTES + 1) }))).toEqual({ status: 413, reason: "tooLarge" });
    expect(refuseActionPost("POST", own({ "content-length": String(ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    const chunked = own({});
    chunked.delete("content-length");
    expect(refuseActionPost("POST", chunked)?.status).toBe(411);
  });

  it("403 for a foreign or opaque Origin, a cross-site fetch, or a forged X-Forwarded-Host; none without Origin", () => {
    for (const origin of ["https://evil.test", "null", "http://127.0.0.1:3001", "not a url"]) expect(refuseActionPost("POST", own({ origin }))?.status).toBe(403);
    expect(refuseActionPost("POST", own({ "sec-fetch-site": "cross-site" }))?.status).toBe(403);
    expect(refuseActionPost("POST", own({ origin: "https://evil.test", "x-forwarded-host": "evil.test" }))?.status).toBe(403);
    // Passes ours but would fail Next's own comparison (X-Forwarded-Host from an untrusted client).
    expect(refuseActionPost("POST", own({ "x-forwarded-host": "other.test" }))?.status).toBe(403);
    const noOrigin = own({});
    noOrigin.delete("origin");
    expect(refuseActionPost("POST", noOrigin)).toBeNull();
    expect(refuseActionPost("POST", own({}))).toBeNull();
  });
});
