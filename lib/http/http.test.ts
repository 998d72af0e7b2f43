import { afterEach, describe, expect, it } from "vitest";
import { clientAddress, forwardedValue, limitKeyOfAddress, parseTrustProxy, PEER_HEADER } from "./client-address";
import { parseEnv } from "@/lib/env";
import { isSameOrigin } from "./origin";

const none = parseTrustProxy(undefined);
const oneHop = parseTrustProxy("1");

describe("clientAddress", () => {
  it("uses the peer header set by our server and ignores X-Forwarded-For by default", () => {
    const h = new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "6.6.6.6" });
    expect(clientAddress(h, none)).toBe("127.0.0.1");
    expect(clientAddress(h, parseTrustProxy("0"))).toBe("127.0.0.1");
    expect(clientAddress(h, parseTrustProxy("false"))).toBe("127.0.0.1");
    expect(clientAddress(h, oneHop)).toBe("6.6.6.6");
    expect(clientAddress(new Headers(), none)).toBe("unknown");
  });

  it("with one trusted hop takes the rightmost entry, never the client-written leftmost one", () => {
    // The client wrote "9.9.9.9, 8.8.8.8"; our nginx appended the address it saw.
    const h = new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-for": "9.9.9.9, 8.8.8.8, 203.0.113.7" });
    expect(clientAddress(h, oneHop)).toBe("203.0.113.7");
    expect(clientAddress(h, parseTrustProxy("true"))).toBe("203.0.113.7");
    expect(clientAddress(h, parseTrustProxy("2"))).toBe("8.8.8.8");
    // More hops configured than entries present: the leftmost is the best there is
    // (the proxy here is on another host, so TRUST_PROXY_ADDRESSES names it).
    expect(clientAddress(new Headers({ [PEER_HEADER]: "10.0.0.1", "x-forwarded-for": "203.0.113.7" }), parseTrustProxy("3", "10.0.0.0/8"))).toBe("203.0.113.7");
    // A proxy that sent no X-Forwarded-For: the peer.
    expect(clientAddress(new Headers({ [PEER_HEADER]: "10.0.0.1" }), oneHop)).toBe("10.0.0.1");
  });

  it("a hop count applies only when the direct peer is a configured proxy address (default loopback)", () => {
    const h = (peer: string, xff: string) => new Headers({ [PEER_HEADER]: peer, "x-forwarded-for": xff, "x-forwarded-proto": "https" });
    // A client that reached the port directly writes whatever it likes: ignored.
    expect(clientAddress(h("192.0.2.2", "6.6.6.6"), oneHop)).toBe("192.0.2.2");
    expect(clientAddress(h("2001:db8::9", "6.6.6.6"), oneHop)).toBe("2001:db8::9");
    expect(forwardedValue(h("192.0.2.2", "6.6.6.6"), "x-forwarded-proto", oneHop)).toBeNull();
    // nginx on loopback, IPv4, IPv6 or mapped.
    for (const peer of ["127.0.0.1", "127.0.1.1", "::1", "::ffff:127.0.0.1"]) expect(clientAddress(h(peer, "6.6.6.6"), oneHop)).toBe("6.6.6.6");
    expect(forwardedValue(h("::1", "6.6.6.6"), "x-forwarded-proto", oneHop)).toBe("https");
    // TRUST_PROXY_ADDRESSES replaces the default.
    const remote = parseTrustProxy("1", "10.0.0.0/8, fd00::/8");
    expect(clientAddress(h("10.1.2.3", "6.6.6.6"), remote)).toBe("6.6.6.6");
    expect(clientAddress(h("fd00::2", "6.6.6.6"), remote)).toBe("6.6.6.6");
    expect(clientAddress(h("127.0.0.1", "6.6.6.6"), remote)).toBe("127.0.0.1");
    expect(() => parseTrustProxy("1", "proxy.example")).toThrow(/TRUST_PROXY_ADDRESSES/);
    expect(() => parseTrustProxy("1", "10.0.0.0/40")).toThrow(/prefix/);
  });

  it("with a list of proxies takes the first untrusted address from the right", () => {
    const trust = parseTrustProxy("127.0.0.1, 10.0.0.0/8, fd00::/8");
    const h = (peer: string, xff: string) => new Headers({ [PEER_HEADER]: peer, "x-forwarded-for": xff });
    expect(clientAddress(h("127.0.0.1", "1.1.1.1, 203.0.113.9, 10.1.2.3"), trust)).toBe("203.0.113.9");
    expect(clientAddress(h("::ffff:127.0.0.1", "1.1.1.1, 2001:db8::5"), trust)).toBe("2001:db8::5");
    // The peer is not one of our proxies: whatever it wrote is ignored.
    expect(clientAddress(h("198.51.100.4", "10.0.0.9"), trust)).toBe("198.51.100.4");
    // Garbage in the chain never becomes a key that looks like someone's address.
    expect(clientAddress(h("127.0.0.1", "not-an-address"), trust)).toBe("unknown");
    expect(clientAddress(h("127.0.0.1", "[2001:db8::7]:4431"), trust)).toBe("2001:db8::7");
  });

  it("rejects TRUST_PROXY values it does not understand, at start-up too", () => {
    expect(() => parseEnv({ TRUST_PROXY: "maybe" })).toThrow(/TRUST_PROXY/);
    expect(parseEnv({ TRUST_PROXY: "10.0.0.0/8, ::1" }).TRUST_PROXY).toBe("10.0.0.0/8, ::1");
    expect(() => parseTrustProxy("maybe")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy("10.0.0.0/33")).toThrow(/prefix/);
    expect(() => parseTrustProxy("11")).toThrow(/hops/);
  });

  it("X-Forwarded-Proto/-Host count only behind a trusted proxy", () => {
    const h = new Headers({ [PEER_HEADER]: "127.0.0.1", "x-forwarded-proto": "https", "x-forwarded-host": "survey.example.kz" });
    expect(forwardedValue(h, "x-forwarded-proto", none)).toBeNull();
    expect(forwardedValue(h, "x-forwarded-proto", oneHop)).toBe("https");
    expect(forwardedValue(h, "x-forwarded-host", parseTrustProxy("10.0.0.0/8"))).toBeNull();
    expect(forwardedValue(h, "x-forwarded-host", parseTrustProxy("127.0.0.1"))).toBe("survey.example.kz");
  });
});

describe("limitKeyOfAddress", () => {
  it("keys IPv6 on the /64 and IPv4 on the address", () => {
    expect(limitKeyOfAddress("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(limitKeyOfAddress("2001:0db8:0001:0002:ffff:ffff:ffff:ffff")).toBe("2001:db8:1:2::/64");
    expect(limitKeyOfAddress("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(limitKeyOfAddress("::1")).toBe("0:0:0:0::/64");
    expect(limitKeyOfAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(limitKeyOfAddress("192.0.2.1")).toBe("192.0.2.1");
    // Every address in one /64 shares a key; the neighbouring /64 does not.
    const keys = new Set(Array.from({ length: 50 }, (_, i) => limitKeyOfAddress(`2001:db8:5:6:${i.toString(16)}::${i}`)));
    expect(keys.size).toBe(1);
    expect(limitKeyOfAddress("2001:db8:5:7::1")).not.toBe([...keys][0]);
  });
});

describe("isSameOrigin", () => {
  afterEach(() => {
    delete process.env.PUBLIC_ORIGIN;
    delete process.env.TRUST_PROXY;
  });
  it("accepts our own origin and refuses others or none", () => {
    expect(isSameOrigin(new Headers({ host: "localhost:3000", origin: "http://localhost:3000" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "localhost:3000", origin: "http://evil.test" }))).toBe(false);
    expect(isSameOrigin(new Headers({ host: "localhost:3000", referer: "http://localhost:3000/admin" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "localhost:3000" }))).toBe(false);
  });
  it("ignores X-Forwarded-Host and -Proto unless TRUST_PROXY is set", () => {
    const forged = new Headers({ host: "localhost:3000", "x-forwarded-host": "evil.test", "x-forwarded-proto": "https", origin: "https://evil.test" });
    expect(isSameOrigin(forged)).toBe(false);
    process.env.TRUST_PROXY = "1";
    expect(isSameOrigin(new Headers({ [PEER_HEADER]: "127.0.0.1", host: "app:3000", "x-forwarded-host": "survey.example.kz", "x-forwarded-proto": "https", origin: "https://survey.example.kz" }))).toBe(true);
  });
  it("uses PUBLIC_ORIGIN when set", () => {
    process.env.PUBLIC_ORIGIN = "https://survey.example.kz";
    expect(isSameOrigin(new Headers({ host: "internal:3000", origin: "https://survey.example.kz" }))).toBe(true);
    expect(isSameOrigin(new Headers({ host: "internal:3000", origin: "http://internal:3000" }))).toBe(false);
  });
});
