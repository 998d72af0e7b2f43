import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { textVersion } from "@/tests/support/text-version";
import { CODEBOOK_CSV_HEADER, codebookCsv, codebookJson, codebookMarkdown, codebookRows } from "./codebook";
import { seedQuestionnaire } from "./definition";
import { textSites } from "./strings/walk";
import { textHistory } from "./text-history";
import { versionOf } from "./version";

const seed = seedQuestionnaire;
const v3 = textVersion(seed, seed.version + 1, {
  "Q9.options.1.label": { kk: "ЖАҢА ҚАЗАҚША БЕЛГІ" },
  "Q11.help": { ru: "Новая русская подсказка" },
  "Q11_1.text": { en: "Professional knowledge (new)" },
});
const v4 = textVersion(v3, seed.version + 2, { "II.intro": { en: "A new intro for part II" } });

describe("textHistory", () => {
  it("lists each version's strings that differ from the version before, per language", () => {
    const history = textHistory([v4, seed, v3]);
    expect(history.map((v) => [v.version, v.previous])).toEqual([
      [versionOf(v3), versionOf(seed)],
      [versionOf(v4), versionOf(v3)],
    ]);
    expect(history[0]?.changes.map((c) => [c.key, c.locale, c.after])).toEqual([
      ["Q9.options.1.label", "kk", "ЖАҢА ҚАЗАҚША БЕЛГІ"],
      ["Q11.help", "ru", "Новая русская подсказка"],
      ["Q11_1.text", "en", "Professional knowledge (new)"],
    ]);
    const before = textSites(seed).find((s) => s.key === "Q9.options.1.label")?.text.kk;
    expect(before).toBeTruthy();
    expect(history[0]?.changes[0]?.before).toBe(before);
    expect(history[1]?.changes).toHaveLength(1);
    expect(history[1]?.changes[0]).toMatchObject({ key: "II.intro", owner: "II", locale: "en", after: "A new intro for part II" });
  });

  it("does not compare across a structural version", () => {
    // A changed code makes another structure: its texts are the researchers' notes' business.
    const other = JSON.parse(JSON.stringify(v3).replace('"code":1,', '"code":77,')) as typeof v3;
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(v3));
    expect(textHistory([seed, other])).toEqual([]);
  });
});

describe("the codebook lists published text changes", () => {
  const context = { textHistory: textHistory([seed, v3, v4]) };

  it("on the rows of the variables they belong to, and says labels are from the newest version", () => {
    const rows = codebookRows(v4, context);
    const q9 = rows.filter((r) => r.itemVariable === "Q9");
    expect(q9[0]?.textChanges).toEqual([expect.stringContaining(`${versionOf(v3)} kk options.1.label:`)]);
    expect(q9[0]?.textChanges[0]).toContain("«ЖАҢА ҚАЗАҚША БЕЛГІ»");
    // Q11_1 is Q11's first row: it carries the item's help text change and its own label's.
    expect(rows.find((r) => r.variable === "Q11_1")?.textChanges).toEqual([
      expect.stringContaining("ru help: «"),
      expect.stringContaining("en text: «Professional knowledge» → «Professional knowledge (new)»"),
    ]);
    expect(rows.find((r) => r.variable === "Q11_2")?.textChanges).toEqual([]);
  });

  it("in Markdown, CSV and JSON", () => {
    const md = codebookMarkdown(v4, context);
    expect(md).toContain("## Text changes in published versions");
    expect(md).toContain(`### ${versionOf(v3)} (changes from ${versionOf(seed)})`);
    expect(md).toContain("| `Q9.options.1.label` | kk |");
    expect(md).toContain("| `II.intro` | en |");
    expect(md).toContain(`labels in every export file are from version ${v4.version}`);

    const table = parse(codebookCsv(v4, context)) as string[][];
    const header = table[0] ?? [];
    expect(header).toEqual([...CODEBOOK_CSV_HEADER]);
    const changes = header.indexOf("text_changes");
    const labels = header.indexOf("labels_version");
    const q9 = table.find((r) => r[0]?.startsWith("Q9"));
    expect(q9?.[changes]).toContain("ЖАҢА ҚАЗАҚША БЕЛГІ");
    expect(new Set(table.slice(1).map((r) => r[labels]))).toEqual(new Set([versionOf(v4)]));

    const json = JSON.parse(codebookJson(v4, context)) as { textVersions: { version: string }[]; labelsFrom: string };
    expect(json.textVersions.map((v) => v.version)).toEqual([versionOf(v3), versionOf(v4)]);
    expect(json.labelsFrom).toContain(versionOf(v4));
  });

  it("without published versions, lists none", () => {
    expect(codebookMarkdown(seed)).not.toContain("## Text changes in published versions");
    expect(codebookRows(seed).every((r) => r.textChanges.length === 0)).toBe(true);
  });
});
