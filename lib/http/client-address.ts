// The address a request came from, for rate limiting only: it is never stored
// or logged (respondents are anonymous by construction).
//
// Next.js route handlers do not see the socket, so our production server
// (scripts/server.mjs) writes the peer address into PEER_HEADER after deleting
// any value a client sent under that name.
//
// X-Forwarded-* headers are written by whoever sends the request, so they are
// ignored unless TRUST_PROXY says which proxies in front of us we control:
//   TRUST_PROXY=1 (or true/yes)   one proxy (e.g. nginx on the same host)
//   TRUST_PROXY=2                 two proxies (e.g. a load balancer, then nginx)
//   TRUST_PROXY=10.0.0.0/8,::1    the proxies' addresses or ranges
// Each proxy APPENDS the address it received the request from to
// X-Forwarded-For, so only the rightmost entries were written by proxies we
// trust; anything further left was written by the client and proves nothing.
// With N hops the client is the Nth address counting from the right (the peer
// being the 0th); with a list, the first address from the right that is not a
// trusted proxy.
//
// A hop count says how many proxies there are, not who may claim to be one: it
// applies only when the direct peer is one of TRUST_PROXY_ADDRESSES (addresses
// or CIDRs; default loopback, i.e. nginx on the same host). A client reaching the
// port directly from anywhere else has its X-Forwarded-* headers ignored, so it
// cannot rotate them past the limits (docs/hardening.md).
import { BlockList, isIP } from "node:net";
import { rawEnv } from "../env";

export const PEER_HEADER = "x-tyndau-peer";

export type TrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number; proxies: BlockList; proxiesText: string }
  | { kind: "list"; list: BlockList; text: string };

const NONE: TrustProxy = { kind: "none" };

/** Where the proxies counted by TRUST_PROXY=N may connect from when TRUST_PROXY_ADDRESSES is unset: this host. */
export const DEFAULT_PROXY_ADDRESSES = "127.0.0.0/8,::1";

/** A comma-separated list of addresses and CIDR ranges; `name` labels the errors. */
function parseAddressList(value: string, name: string, alternative = ""): BlockList {
  const list = new BlockList();
  const parts = value.split(",").map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) throw new Error(`${name}: no address given`);
  for (const part of parts) {
    const [address, prefixText] = part.split("/");
    const family = isIP(address ?? "");
    if (!address || family === 0) throw new Error(`${name}: "${part}" is neither ${alternative}an address nor a CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (prefixText === undefined) {
      list.addAddress(address, type);
      continue;
    }
    const prefix = Number(prefixText);
    if (!/^\d+$/.test(prefixText) || prefix > (family === 6 ? 128 : 32)) throw new Error(`${name}: bad prefix length in "${part}"`);
    list.addSubnet(address, prefix, type);
  }
  return list;
}

/** Parses TRUST_PROXY_ADDRESSES (default loopback); throws a readable error for a value it does not understand. */
export function parseProxyAddresses(raw: string | undefined): BlockList {
  const value = (raw ?? "").trim().toLowerCase();
  return parseAddressList(value === "" ? DEFAULT_PROXY_ADDRESSES : value, "TRUST_PROXY_ADDRESSES");
}

/**
 * Parses TRUST_PROXY (and, for a hop count, TRUST_PROXY_ADDRESSES); throws a
 * readable error for a value it does not understand.
 */
export function parseTrustProxy(raw: string | undefined, proxyAddresses?: string): TrustProxy {
  const value = (raw ?? "").trim().toLowerCase();
  if (value === "" || value === "0" || value === "false" || value === "no") return NONE;
  const hopsOf = (hops: number): TrustProxy => ({
    kind: "hops",
    hops,
    proxies: parseProxyAddresses(proxyAddresses),
    proxiesText: (proxyAddresses ?? "").trim() || DEFAULT_PROXY_ADDRESSES,
  });
  if (value === "true" || value === "yes") return hopsOf(1);
  if (/^\d+$/.test(value)) {
    const hops = Number(value);
    if (hops > 10) throw new Error("TRUST_PROXY: at most 10 proxy hops");
    return hopsOf(hops);
  }
  return { kind: "list", list: parseAddressList(value, "TRUST_PROXY", "a number of hops nor "), text: value };
}

let cached: { raw: string | undefined; addresses: string | undefined; parsed: TrustProxy } | undefined;

/** TRUST_PROXY of this process (an unparseable value trusts nothing; lib/env.ts reports it at start-up). */
export function trustProxy(): TrustProxy {
  const raw = rawEnv("TRUST_PROXY");
  const addresses = rawEnv("TRUST_PROXY_ADDRESSES");
  if (cached && cached.raw === raw && cached.addresses === addresses) return cached.parsed;
  let parsed: TrustProxy;
  try {
    parsed = parseTrustProxy(raw, addresses);
  } catch {
    parsed = NONE;
  }
  cached = { raw, addresses, parsed };
  return parsed;
}

export function trustsProxy(trust: TrustProxy = trustProxy()): boolean {
  return trust.kind !== "none" && !(trust.kind === "hops" && trust.hops === 0);
}

/** An IPv4-mapped IPv6 address (::ffff:1.2.3.4) is the IPv4 address. */
function unmap(address: string): string {
  const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return m ? m[1]! : address;
}

/** One X-Forwarded-For entry, cleaned: brackets and ports removed; null when it is not an address. */
function cleanEntry(entry: string): string | null {
  let value = entry.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(":"));
  value = unmap(value);
  return isIP(value) ? value : null;
}

function isTrustedHop(list: BlockList, address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return list.check(address, family === 6 ? "ipv6" : "ipv4");
}

/** Which entry of a header listing one value per hop (X-Forwarded-For, -Proto, -Host) is the client's. */
function chain(headers: Headers, trust: TrustProxy): { peer: string; forwarded: string[]; index: number } | null {
  const peer = unmap(headers.get(PEER_HEADER) ?? "unknown");
  if (!trustsProxy(trust)) return null;
  const forwarded = (headers.get("x-forwarded-for") ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "");
  if (forwarded.length === 0) return null;
  // path[0] is our peer, path[1] the rightmost X-Forwarded-For entry, and so on.
  const path = [peer, ...forwarded.slice().reverse()];
  let position: number;
  if (trust.kind === "hops") {
    // Only a configured proxy's connection may speak for the hops behind it.
    if (!isTrustedHop(trust.proxies, cleanEntry(peer) ?? "")) return null;
    position = Math.min(trust.hops, path.length - 1);
  } else {
    position = 0;
    const list = (trust as { list: BlockList }).list;
    while (position < path.length - 1) {
      const address = cleanEntry(path[position]!) ?? "";
      if (!isTrustedHop(list, address)) break;
      position++;
    }
  }
  if (position === 0) return null;
  return { peer, forwarded, index: forwarded.length - position };
}

/** The client's address: the peer, or with TRUST_PROXY the right X-Forwarded-For entry. */
export function clientAddress(headers: Headers, trust: TrustProxy = trustProxy()): string {
  const peer = unmap(headers.get(PEER_HEADER) ?? "unknown");
  const hop = chain(headers, trust);
  if (!hop) return peer;
  return cleanEntry(hop.forwarded[hop.index]!) ?? "unknown";
}

/**
 * The value of a per-hop header (X-Forwarded-Proto / -Host) set by the
 * outermost proxy we trust, or null when no proxy is trusted. Proxies that
 * overwrite the header leave one value; ones that append leave one per hop.
 */
export function forwardedValue(headers: Headers, name: "x-forwarded-proto" | "x-forwarded-host", trust: TrustProxy = trustProxy()): string | null {
  if (!trustsProxy(trust)) return null;
  const values = (headers.get(name) ?? "").split(",").map((v) => v.trim()).filter((v) => v !== "");
  if (values.length === 0) return null;
  // How many proxies we trust on this request's path (without X-Forwarded-For: the configured hops).
  const hop = chain(headers, trust);
  const peer = cleanEntry(headers.get(PEER_HEADER) ?? "") ?? "";
  const proxies = trust.kind === "list" ? trust.list : trust.kind === "hops" ? trust.proxies : null;
  if (!hop && (!proxies || !isTrustedHop(proxies, peer))) return null;
  const hops = hop ? hop.forwarded.length - hop.index : trust.kind === "hops" ? trust.hops : 1;
  return values[Math.max(0, values.length - hops)] ?? null;
}

/**
 * The key a per-address limit counts under: an IPv4 address as is, an IPv6
 * address by its /64 (one subscriber usually gets a whole /64, so counting
 * single IPv6 addresses would give an attacker 2^64 fresh keys).
 */
export function limitKeyOfAddress(address: string): string {
  const value = unmap(address.trim());
  if (isIP(value) !== 6) return value;
  const [head = "", tail = ""] = value.toLowerCase().split("::");
  const left = head === "" ? [] : head.split(":");
  const right = tail === "" ? [] : tail.split(":");
  // An embedded IPv4 tail (::1.2.3.4) counts as two groups; it never reaches the first four.
  const groups = value.includes("::") ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => (g === "" ? "0" : g.replace(/^0+(?=.)/, "")))
    .join(":")}::/64`;
}
