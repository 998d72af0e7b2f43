import { describe, expect, it } from "vitest";
import { CODE_ALPHABET, CODE_BITS, generateCode, parseCode } from "./code";

describe("invitation codes", () => {
  it("are grouped 4×4, from the alphabet, with at least 60 bits", () => {
    expect(CODE_BITS).toBeGreaterThanOrEqual(60);
    const code = generateCode();
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Y]{4}(-[0-9A-HJKMNP-TV-Y]{4}){3}$/);
    expect(parseCode(code)).toEqual({ ok: true, code: code.replace(/-/g, "") });
  });

  it("do not repeat in 20,000", () => {
    const codes = new Set(Array.from({ length: 20_000 }, generateCode));
    expect(codes.size).toBe(20_000);
  });

  it("read lower case, spaces and misread letters", () => {
    const code = generateCode();
    const typed = ` ${code.toLowerCase().replace(/-/g, " ")} `.replace(/0/g, "o").replace(/1/g, "l");
    expect(parseCode(typed)).toEqual({ ok: true, code: code.replace(/-/g, "") });
  });

  it("catch every single wrong symbol and every swap of neighbours as a typo", () => {
    for (let round = 0; round < 20; round++) {
      const plain = generateCode().replace(/-/g, "");
      for (let i = 0; i < plain.length; i++) {
        for (const c of CODE_ALPHABET) {
          if (c === plain[i]) continue;
          expect(parseCode(plain.slice(0, i) + c + plain.slice(i + 1))).toEqual({ ok: false, reason: "typo" });
        }
        if (i + 1 < plain.length && plain[i] !== plain[i + 1]) {
          expect(parseCode(plain.slice(0, i) + plain[i + 1] + plain[i] + plain.slice(i + 2))).toEqual({ ok: false, reason: "typo" });
        }
      }
    }
  });

  it("call a short or foreign input a typo and nothing an empty one", () => {
    expect(parseCode("ABCD-EFGH")).toEqual({ ok: false, reason: "typo" });
    expect(parseCode("ABCD-EFGH-JKMN-PQR!")).toEqual({ ok: false, reason: "typo" });
    expect(parseCode("  ")).toEqual({ ok: false, reason: "empty" });
  });
});
