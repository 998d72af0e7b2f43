// JSON.parse accepts things a submission must not carry: duplicate keys (the
// last one silently wins, so what a proxy or log saw differs from what we
// store), prototype-polluting keys, and arbitrarily deep nesting. This parses
// with JSON.parse and then walks the text once to refuse those.
export type StrictJsonResult =
  | { ok: true; value: unknown }
  | { ok: false; reason: "invalid" | "duplicateKey" | "forbiddenKey" | "tooDeep"; key?: string };

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export function parseStrictJson(text: string, { maxDepth = 16 }: { maxDepth?: number } = {}): StrictJsonResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "invalid" };
  }
  // The text is valid JSON, so a small state machine suffices: per open
  // object, the keys seen so far and whether the next string is a key.
  const frames: { keys: Set<string> | null; expectKey: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      const frame = frames[frames.length - 1];
      if (frame?.keys && frame.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
        if (FORBIDDEN_KEYS.has(key)) return { ok: false, reason: "forbiddenKey", key };
        if (frame.keys.has(key)) return { ok: false, reason: "duplicateKey", key };
        frame.keys.add(key);
        frame.expectKey = false;
      }
      i = j;
    } else if (ch === "{" || ch === "[") {
      if (frames.length >= maxDepth) return { ok: false, reason: "tooDeep" };
      frames.push({ keys: ch === "{" ? new Set() : null, expectKey: ch === "{" });
    } else if (ch === "}" || ch === "]") {
      frames.pop();
    } else if (ch === ",") {
      const frame = frames[frames.length - 1];
      if (frame?.keys) frame.expectKey = true;
    }
  }
  return { ok: true, value };
}
