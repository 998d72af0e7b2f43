// The Export panel as server-rendered HTML: labelled controls in the staff member's
// language, filter choices read from the questionnaire definition, the current choices
// kept, and direct links carrying them.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ExportPanel } from "@/components/export/ExportPanel";
import type { StaffPrincipal } from "@/lib/auth/guard";
import { findItem, questionnaire } from "@/lib/questionnaire";

const staff = (locale: StaffPrincipal["locale"]): StaffPrincipal => ({ id: "s1", email: "a@tyndau.test", role: "analyst", locale });

function render(locale: StaffPrincipal["locale"], searchParams: Record<string, string | string[] | undefined> = {}): string {
  return renderToStaticMarkup(createElement(ExportPanel, { staff: staff(locale), def: questionnaire, searchParams }));
}

describe("ExportPanel", () => {
  it("speaks the staff member's language", () => {
    expect(render("en")).toContain("Download data");
    expect(render("ru")).toContain("Выгрузка данных");
    expect(render("kk")).toContain("Деректерді жүктеп алу");
  });

  it("offers the regions of the definition as a filter, labelled, in the staff language", () => {
    const html = render("kk");
    const q4 = findItem(questionnaire, "Q4")?.item;
    if (q4?.kind !== "single") throw new Error("Q4 is single choice");
    for (const option of q4.options) {
      expect(html).toContain(`<input type="checkbox" name="region" value="${option.code}"/> ${option.label.kk.replace(/&/g, "&amp;")}</label>`);
    }
    expect(html).toContain("<legend>Өңір</legend>");
  });

  it("keeps the current choices and puts them in the direct links", () => {
    const html = render("en", { sep: "semicolon", region: ["3", "5"], locale: "kk", values: "labels", bom: "0" });
    expect(html).toContain('<input type="radio" name="sep" checked="" value="semicolon"/>');
    expect(html).toContain('<input type="checkbox" name="region" checked="" value="3"/>');
    expect(html).toContain('<input type="checkbox" name="region" checked="" value="5"/>');
    expect(html).toContain('<input type="checkbox" name="locale" checked="" value="kk"/>');
    expect(html).toContain('href="/api/admin/export/responses.csv?region=3%2C5&amp;locale=kk&amp;values=labels&amp;sep=semicolon&amp;bom=0"');
    expect(html).toContain('formAction="/api/admin/export/responses.sps"');
  });

  it("offers the .sav, the .xlsx and the CSV for the SPSS syntax, each with the program that opens it", () => {
    for (const locale of ["kk", "ru", "en"] as const) {
      const html = render(locale, { lang: "en" });
      expect(html).toContain('formAction="/api/admin/export/responses.sav"');
      expect(html).toContain('formAction="/api/admin/export/responses.xlsx"');
      expect(html).toMatch(/<button[^>]*value="1" name="spss" formAction="\/api\/admin\/export\/responses\.csv"/);
      expect(html).toMatch(/href="\/api\/admin\/export\/responses\.csv\?[^"]*spss=1"/);
      expect(html).toContain("jamovi");
      expect(html).toContain("LibreOffice Calc");
    }
  });

  it("says which address parameters were invalid instead of failing", () => {
    const html = render("en", { sep: "pipe" });
    expect(html).toContain("sep must be one of comma, semicolon, tab");
    expect(html).toContain('<input type="radio" name="sep" checked="" value="comma"/>');
  });
});
