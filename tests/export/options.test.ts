import { describe, expect, it } from "vitest";
import { DEFAULT_EXPORT_OPTIONS, parseExportOptions } from "@/lib/export/options";
import { parseExportFilters } from "@/lib/export/query";
import { spssString, truncateBytes } from "@/lib/export/spss";

describe("export options", () => {
  it("defaults: codes, comma, BOM on, names header, the staff member's language", () => {
    const parsed = parseExportOptions(new URLSearchParams(""), { lang: "kk" });
    expect(parsed).toEqual({ ok: true, options: { ...DEFAULT_EXPORT_OPTIONS, lang: "kk" } });
  });

  it("reads every option", () => {
    const parsed = parseExportOptions(new URLSearchParams("values=labels&lang=en&header=text&sep=tab&bom=0&combined=1&file=data.csv&spss=1"));
    expect(parsed).toEqual({
      ok: true,
      options: { values: "labels", lang: "en", header: "text", sep: "tab", bom: false, combined: true, file: "data.csv", spss: true },
    });
  });

  it("names each invalid option", () => {
    const parsed = parseExportOptions(new URLSearchParams("values=x&lang=de&header=y&sep=pipe&bom=2&combined=yes&file=a\"b"));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.errors.map((e) => e.param).sort()).toEqual(["bom", "combined", "file", "header", "lang", "sep", "values"]);
  });

  it("lang is the label language; the respondent-language filter is locale", () => {
    const parsed = parseExportFilters(new URLSearchParams("lang=en&locale=kk"));
    expect(parsed).toEqual({ ok: true, filters: { locale: ["kk"] } });
  });
});

describe("SPSS strings", () => {
  it("doubles quotes and flattens line breaks", () => {
    expect(spssString('Say "hi"\r\nnow')).toBe('"Say ""hi"" now"');
  });
  it("truncates to a byte budget on a character boundary", () => {
    const cut = truncateBytes("ӘӘӘӘӘ", 7);
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(7);
    expect(cut).toBe("ӘӘ…");
  });
});
