import { describe, expect, it } from "vitest";
import { checkPassword, hashPassword, verifyPassword } from "./password";
import { cookieFromHeader, sessionCookieName, sessionCookieOptions, sessionTokenFrom } from "./cookie";
import { hashSessionToken, newSessionToken } from "./tokens";
import { roleSatisfies } from "./roles";

describe("passwords", () => {
  it("hashes with argon2id, 19 MiB, 2 iterations, parallelism 1, and verifies", async () => {
    const hash = await hashPassword("a long enough passphrase");
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(hash, "a long enough passphrase")).toBe(true);
    expect(await verifyPassword(hash, "a long enough passphrasE")).toBe(false);
    expect(await verifyPassword("not a hash", "x")).toBe(false);
  });

  it("requires 12 characters, refuses common passwords and the email itself", () => {
    expect(checkPassword("short-pass1")).toBe("tooShort");
    expect(checkPassword("password1234")).toBe("common");
    expect(checkPassword("QWERTY123456")).toBe("common");
    expect(checkPassword("aaaaaaaaaaaaaaa")).toBe("common");
    expect(checkPassword("x".repeat(300))).toBe("tooLong");
    expect(checkPassword("ana@example.org!", "ana@example.org")).toBe("containsEmail");
    expect(checkPassword("correct horse battery")).toBeNull();
    // Length counts characters, not UTF-16 units or bytes.
    expect(checkPassword("қазақша-құпия")).toBeNull();
  });
});

describe("session tokens and cookies", () => {
  it("tokens carry 256 random bits and are stored hashed", () => {
    const a = newSessionToken();
    expect(Buffer.from(a, "base64url")).toHaveLength(32);
    expect(newSessionToken()).not.toBe(a);
    expect(hashSessionToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(a)).not.toContain(a);
  });

  it("uses the __Host- name and Secure over HTTPS only, always HttpOnly and SameSite=Strict", () => {
    expect(sessionCookieName(true)).toBe("__Host-tyndau_session");
    expect(sessionCookieName(false)).toBe("tyndau_session");
    expect(sessionCookieOptions(true)).toMatchObject({ httpOnly: true, sameSite: "strict", secure: true, path: "/", maxAge: 8 * 3600 });
    expect(sessionCookieOptions(false).secure).toBe(false);
  });

  it("reads the session cookie from a Cookie header", () => {
    const header = "a=1; tyndau_session=abc%2Dd; __Host-tyndau_session=secure";
    expect(cookieFromHeader(header, "tyndau_session")).toBe("abc-d");
    expect(sessionTokenFrom((n) => cookieFromHeader(header, n))).toBe("secure");
    expect(cookieFromHeader(null, "x")).toBeUndefined();
  });

  it("ranks roles: admin satisfies analyst, not the reverse", () => {
    expect(roleSatisfies("admin", "analyst")).toBe(true);
    expect(roleSatisfies("admin", "admin")).toBe(true);
    expect(roleSatisfies("analyst", "analyst")).toBe(true);
    expect(roleSatisfies("analyst", "admin")).toBe(false);
  });
});
