import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStrictJson } from "./strict-json";

describe("parseStrictJson", () => {
  it("parses ordinary JSON like JSON.parse", () => {
    fc.assert(
      fc.property(fc.json({ depthSize: "small" }), (text) => {
        const r = parseStrictJson(text, { maxDepth: 100 });
        // fc.json never repeats keys in one object, but may produce forbidden ones.
        if (r.ok) expect(r.value).toEqual(JSON.parse(text));
        else expect(r.reason).toBe("forbiddenKey");
      }),
      { seed: 42, numRuns: 300 },
    );
  });
  it("refuses duplicate keys, including ones spelled with escapes", () => {
    expect(parseStrictJson('{"a":1,"a":2}')).toMatchObject({ ok: false, reason: "duplicateKey", key: "a" });
    expect(parseStrictJson('{"answers":{"Q1":1,"Q\\u0031":2}}')).toMatchObject({ ok: false, reason: "duplicateKey", key: "Q1" });
    expect(parseStrictJson('{"a":{"b":1},"c":{"b":2}}').ok).toBe(true);
    expect(parseStrictJson('[{"a":1},{"a":1}]').ok).toBe(true);
    expect(parseStrictJson('{"a":"x,\\"a\\":","b":1}').ok).toBe(true);
  });
  it("refuses prototype keys and deep nesting", () => {
    expect(parseStrictJson('{"answers":{"__proto__":{"x":1}}}')).toMatchObject({ ok: false, reason: "forbiddenKey" });
    expect(parseStrictJson('{"constructor":1}')).toMatchObject({ ok: false, reason: "forbiddenKey" });
    expect(parseStrictJson("[".repeat(20) + "]".repeat(20))).toMatchObject({ ok: false, reason: "tooDeep" });
    expect(parseStrictJson("[".repeat(100_000) + "]".repeat(100_000))).toMatchObject({ ok: false });
  });
  it("refuses invalid JSON", () => {
    expect(parseStrictJson('{"a":')).toEqual({ ok: false, reason: "invalid" });
  });
});
