import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER } from "./client-address";
import { isSameOrigin } from "./origin";

describe("clientAddress", () => {
  it("uses the peer header set by our server and ignores X-Forwarded-For by default", () => {
    const h = new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "6.6.6.6" });
    expect(clientAddress(h, false)).toBe("127.0.0.1");
    expect(clientAddress(h, true)).toBe("6.6.6.6");
    expect(clientAddress(new Headers(), false)).toBe("unknown");
  });
});

describe("isSameOrigin", () => {
  afterEach(() => {
    delete process.env.PUBLIC_ORIGIN;
  });
  it("accepts our own origin and refuses others or none", () => {
    expect(isSameOrigin(new Headers({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "localhost:3000", origin: "http://evil.test" }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: "localhost:3000", referer: "http://localhost:3000/admin" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "localhost:3000" }))).toBe(false);
  });
  it("uses PUBLIC_ORIGIN when set", () => {
    process.env.PUBLIC_ORIGIN = "https://survey.example.kz";
    expect(isSameOrigin(new Headers({ host: "internal:3000", origin: "https://survey.example.kz" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "internal:3000", origin: "http://internal:3000" }))).toBe(false);
  });
});
