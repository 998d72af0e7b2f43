import { describe, expect, it } from "vitest";
import { hasControlCharacters, normaliseBlockLetters, textLength } from "./text";

describe("normaliseBlockLetters", () => {
  it("upper-cases every Kazakh-specific letter", () => {
    expect(normaliseBlockLetters("ә ғ қ ң ө ұ ү һ і", "kk")).toBe("Ә Ғ Қ Ң Ө Ұ Ү Һ І");
    expect(normaliseBlockLetters("әкімдікке өтініш жаздық", "kk")).toBe("ӘКІМДІККЕ ӨТІНІШ ЖАЗДЫҚ");
    expect(normaliseBlockLetters("шаһар тұрғындары, ұлағатты үлгі", "kk")).toBe("ШАҺАР ТҰРҒЫНДАРЫ, ҰЛАҒАТТЫ ҮЛГІ");
  });

  it("upper-cases Russian including ё, ъ, ы, э", () => {
    expect(normaliseBlockLetters("ещё объявление, выборы, этика", "ru")).toBe("ЕЩЁ ОБЪЯВЛЕНИЕ, ВЫБОРЫ, ЭТИКА");
  });

  it("keeps Kazakh і distinct from Latin I and does not apply Turkish dotted-i rules", () => {
    const kk = normaliseBlockLetters("білім", "kk");
    expect(kk).toBe("БІЛІМ");
    expect(kk.codePointAt(1)).toBe(0x0406);
    expect(normaliseBlockLetters("civil", "kk")).toBe("CIVIL");
  });

  it("composes decomposed letters (NFC) before upper-casing", () => {
    expect(normaliseBlockLetters("и\u0306", "ru")).toBe("Й");
    expect(normaliseBlockLetters("е\u0308лка", "ru")).toBe("ЁЛКА");
  });

  it("trims, collapses spaces and blank lines, and unifies line endings", () => {
    expect(normaliseBlockLetters("  көбірек   ашықтық \t керек  ", "kk")).toBe("КӨБІРЕК АШЫҚТЫҚ КЕРЕК");
    expect(normaliseBlockLetters("бір\r\nекі\r\rүш\n\n\n\nтөрт", "kk")).toBe("БІР\nЕКІ\n\nҮШ\n\nТӨРТ");
    expect(normaliseBlockLetters("\u00A0текст\u00A0", "ru")).toBe("ТЕКСТ");
  });

  it("is idempotent", () => {
    const once = normaliseBlockLetters("  Азаматтармен  ашық сөйлесу\r\nНужно больше ёмких ответов ", "kk");
    expect(normaliseBlockLetters(once, "kk")).toBe(once);
  });
});

describe("hasControlCharacters", () => {
  it("allows ordinary text, tabs and line breaks in any convention", () => {
    expect(hasControlCharacters("Жауап\tбар\r\nЕщё\rстрока\n")).toBe(false);
    expect(hasControlCharacters("emoji 👍 ok")).toBe(false);
  });

  it.each([
    ["NUL", "a\u0000b"],
    ["BEL", "a\u0007b"],
    ["ESC", "a\u001bb"],
    ["DEL", "a\u007fb"],
    ["C1 NEL", "a\u0085b"],
    ["bidi override", "a\u202Eb"],
    ["bidi isolate", "a\u2066b"],
    ["lone surrogate", "a\uD800b"],
  ])("rejects %s", (_name, text) => {
    expect(hasControlCharacters(text)).toBe(true);
  });
});

describe("textLength", () => {
  it("counts code points", () => {
    expect(textLength("ӘҒҚ")).toBe(3);
    expect(textLength("👍👍")).toBe(2);
  });
});
