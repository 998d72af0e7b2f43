// The codebook, generated from the definition so it can never disagree with the
// instrument, the validator or the exports. Pure functions: rows for programs, and
// Markdown / CSV / JSON renderings for people and tools.
import { HARD_TO_SAY, NOT_ANSWERED, NOT_ASKED, PREFER_NOT, SPECIAL_CODES } from "./constants";
import { createCsvWriter } from "@/lib/export/csv-encoder";
import { versionOf } from "./version";
import { exportColumns } from "./answer-columns";
import { answerVariables, findItem, optionsOf } from "./structure";
import { LOCALES } from "./locale";
import { instrumentNotes, type VersionChange } from "./instrument/notes";
import { describeTextChange, type TextVersion } from "./text-history";
import type {
  AnswerVariable,
  AnswerVariableKind,
  Condition,
  Item,
  LocalizedText,
  Provenance,
  Questionnaire,
  SectionId,
} from "./types";
import { assertNever } from "./assert-never";

export type CodebookFormat = "md" | "csv" | "json";
export const CODEBOOK_FORMATS: readonly CodebookFormat[] = ["md", "csv", "json"];

export interface CodebookCode {
  code: number;
  label: LocalizedText;
  /** Where the option comes from (the option's own provenance, else the variable's). */
  provenance: Provenance;
}

export interface CodebookRow {
  variable: string;
  itemVariable: string;
  part: SectionId;
  kind: AnswerVariableKind;
  valueType: AnswerVariable["valueType"];
  required: boolean;
  /** The item's question text, as shown to respondents. */
  question: LocalizedText;
  /** The paper's own wording of the question, when the screen departs from it (Q26). */
  paperQuestion?: LocalizedText;
  /**
   * `paper` = wording quoted in the paper, `paper-derived` = the paper names the topic,
   * `added` = not in the paper: only `paper` figures are comparable with the published ones.
   */
  provenance: Provenance;
  /** The research team's note on the item (decisions, comparability), if any. */
  note?: string;
  /** Sub-item, row or "Other" label, when the variable is part of an item. */
  label?: LocalizedText;
  codes: CodebookCode[];
  range?: { min: number; max: number; minLabel: LocalizedText; maxLabel: LocalizedText };
  /** Human-readable routing condition, e.g. "S1 = 1 (Yes)"; undefined when always asked. */
  routing?: string;
  /** The missing-data codes that can occur in this variable's export columns. */
  missing: string[];
  /** The export columns fed by this variable (several for multi-choice). */
  exportColumns: string[];
  /** Texts of this variable that a published version changed, e.g. "hearing-state@3 kk options.3.label: «…» → «…»". */
  textChanges: string[];
}

/**
 * What the codebook knows beyond the definition: the published versions' text changes
 * (lib/questionnaire/text-history.ts), loaded by the caller from the database.
 */
export interface CodebookContext {
  textHistory?: readonly TextVersion[];
}

/** The changes listed on a variable's row: its own strings, and its item's on the item's first row. */
function textChangesOf(history: readonly TextVersion[], v: AnswerVariable, firstOfItem: boolean): string[] {
  const lines: string[] = [];
  for (const version of history) {
    for (const change of version.changes) {
      const own = change.owner === v.variable && v.variable !== v.itemVariable;
      const ofRow = change.owner === v.itemVariable && change.field.split(".").includes(v.variable) && v.variable !== v.itemVariable;
      const ofItem =
        change.owner === v.itemVariable && firstOfItem && !/\.(rows|subItems)\./.test(`.${change.field}`);
      if (own || ofRow || ofItem) lines.push(describeTextChange(version.version, change));
    }
  }
  return lines;
}

/** The missing-data convention, stated once for every output format. */
export const MISSING_VALUES: readonly { code: number | "empty"; meaning: LocalizedText }[] = [
  {
    code: PREFER_NOT,
    meaning: {
      kk: "Жауап бермеуді жөн көремін (респондент таңдаған жауап)",
      ru: "Предпочитаю не отвечать (ответ, выбранный респондентом)",
      en: "Prefer not to answer (an answer the respondent chose)",
    },
  },
  {
    code: HARD_TO_SAY,
    meaning: {
      kk: "Жауап беруге қиналамын (респондент таңдаған жауап)",
      ru: "Затрудняюсь ответить (ответ, выбранный респондентом)",
      en: "Hard to say (an answer the respondent chose)",
    },
  },
  {
    code: NOT_ASKED,
    meaning: {
      kk: "Сұрақ қойылмады: алдыңғы жауаптарға байланысты өткізіліп жіберілді (тек экспортта)",
      ru: "Вопрос не задавался: пропущен по логике перехода (только в экспорте)",
      en: "Not asked: skipped by routing (exports only)",
    },
  },
  {
    code: NOT_ANSWERED,
    meaning: {
      kk: "Сұрақ қойылды, бірақ жауап берілмеді; мәтіндік бағандарда бос ұяшық (тек экспортта; тек міндетті емес сұрақтар)",
      ru: "Вопрос задан, но ответа нет; в текстовых столбцах пустая ячейка (только в экспорте; только необязательные вопросы)",
      en: "Asked but not answered; an empty cell in text columns (exports only; optional items only)",
    },
  },
];

const KIND_NOTES: Record<AnswerVariableKind, string> = {
  single: "single choice: one code",
  multi: "multiple choice: one 0/1 column per option <VAR>_<code>",
  open: "open answer: text in block letters",
  rating: "rating: an integer on the scale",
  matrix: "matrix row: one code on the shared scale",
  other: "“Other (please specify)” text",
};

export function codebookRows(def: Questionnaire, context: CodebookContext = {}): CodebookRow[] {
  const columnsByVariable = new Map<string, string[]>();
  for (const column of exportColumns(def)) {
    const list = columnsByVariable.get(column.variable) ?? [];
    list.push(column.name);
    columnsByVariable.set(column.variable, list);
  }
  const notes = instrumentNotes(def.id).items;
  const history = context.textHistory ?? [];
  const seenItems = new Set<string>();
  return answerVariables(def).map((v) => {
    const firstOfItem = !seenItems.has(v.itemVariable);
    seenItems.add(v.itemVariable);
    const owner = findItem(def, v.itemVariable)?.item;
    const provenance = owner ? provenanceOf(owner, v) : "added";
    const row: CodebookRow = {
      variable: v.variable,
      itemVariable: v.itemVariable,
      part: v.part,
      kind: v.kind,
      valueType: v.valueType,
      required: v.required,
      question: v.question,
      provenance,
      codes: (v.options ?? []).map((o) => ({ code: o.code, label: o.label, provenance: o.provenance ?? provenance })),
      missing: missingFor(v),
      exportColumns: columnsByVariable.get(v.variable) ?? [],
      textChanges: textChangesOf(history, v, firstOfItem),
    };
    if (owner?.paperText) row.paperQuestion = owner.paperText;
    const note = notes[v.itemVariable];
    if (note !== undefined) row.note = note;
    if (v.label) row.label = v.label;
    if (owner?.kind === "rating") {
      row.range = { min: owner.min, max: owner.max, minLabel: owner.minLabel, maxLabel: owner.maxLabel };
    }
    if (v.showIf) row.routing = describeCondition(def, v.showIf);
    return row;
  });
}

/**
 * A variable's provenance: a sub-item's or row's own, else its item's. An "Other" text
 * takes the provenance of the "Other" option.
 */
function provenanceOf(item: Item, v: AnswerVariable): Provenance {
  if (v.kind === "other" && (item.kind === "single" || item.kind === "multi")) {
    return item.options.find((o) => o.code === item.otherCode)?.provenance ?? item.provenance;
  }
  const rows = item.kind === "matrix" ? item.rows : item.kind === "rating" ? (item.subItems ?? []) : [];
  return rows.find((r) => r.variable === v.variable)?.provenance ?? item.provenance;
}

/** Codes whose provenance differs from their variable's, e.g. "added: 2, 3, 4, 99". */
function codeProvenanceNote(row: CodebookRow): string {
  const byProvenance = new Map<Provenance, number[]>();
  for (const c of row.codes) {
    if (c.provenance === row.provenance) continue;
    byProvenance.set(c.provenance, [...(byProvenance.get(c.provenance) ?? []), c.code]);
  }
  return [...byProvenance].map(([p, codes]) => `${p}: ${codes.join(", ")}`).join("; ");
}

export const PROVENANCE_MEANINGS: Readonly<Record<Provenance, string>> = {
  paper: "wording quoted in the paper; figures comparable with the published ones",
  "paper-derived": "the paper names the topic; the wording is the project's",
  added: "not in the paper",
};

function missingFor(v: AnswerVariable): string[] {
  const missing: string[] = [];
  for (const option of v.options ?? []) {
    if (!SPECIAL_CODES.includes(option.code)) continue;
    // Multiple choice: the special option is a 0/1 column of its own, not a code in the others.
    if (v.kind === "multi") missing.push(`${v.variable}_${option.code} = 1: ${option.label.en} (chosen alone; a flag, not declared missing)`);
    else missing.push(`${option.code} = ${option.label.en}`);
  }
  if (v.showIf) missing.push(`${NOT_ASKED} = not asked (routing)`);
  if (v.kind === "other") missing.push("empty = “Other” not chosen");
  else if (!v.required) missing.push(v.valueType === "text" ? "empty = not answered" : `${NOT_ANSWERED} = not answered`);
  return missing;
}

/** "S1 = 1 (Yes)", "Q5 in {1 (…), 2 (…)}", "Q5 not in {…}" with English labels. */
export function describeCondition(def: Questionnaire, condition: Condition): string {
  const owner = findItem(def, condition.variable)?.item;
  const options = owner ? optionsOf(owner) : undefined;
  const show = (code: number) => {
    const label = options?.find((o) => o.code === code)?.label.en;
    return label ? `${code} (${label})` : String(code);
  };
  switch (condition.op) {
    case "equals":
      return `${condition.variable} = ${show(condition.value)}`;
    case "in":
      return `${condition.variable} in {${condition.values.map(show).join(", ")}}`;
    case "notIn":
      return `${condition.variable} not in {${condition.values.map(show).join(", ")}}`;
    default:
      return assertNever(condition);
  }
}

const PART_NAMES: Record<SectionId, string> = {
  screening: "Screening",
  I: "Part I",
  II: "Part II",
  III: "Part III",
  IV: "Part IV",
};

/** Codebook as JSON: the questionnaire's identity, the missing-data convention and rows. */
export function codebookJson(def: Questionnaire, context: CodebookContext = {}): string {
  return `${JSON.stringify(
    {
      questionnaire: { id: def.id, version: def.version, questionnaireVersion: versionOf(def), title: def.title },
      labelsFrom: labelsNote(def),
      textVersions: context.textHistory ?? [],
      missingValues: MISSING_VALUES,
      provenance: PROVENANCE_MEANINGS,
      versions: instrumentNotes(def.id).history,
      variables: codebookRows(def, context),
    },
    null,
    2,
  )}\n`;
}

export const CODEBOOK_CSV_HEADER = [
  "variable",
  "item_variable",
  "part",
  "kind",
  "value_type",
  "required",
  "routing",
  "provenance",
  "codes_provenance",
  ...LOCALES.map((l) => `question_${l}`),
  ...LOCALES.map((l) => `paper_question_${l}`),
  ...LOCALES.map((l) => `label_${l}`),
  ...LOCALES.map((l) => `codes_${l}`),
  "range",
  "missing",
  "export_columns",
  "note",
  "text_changes",
  "labels_version",
] as const;

/** The codebook as a table: the header, then one row per answer variable; "missing" states the convention per row. */
export function codebookTable(def: Questionnaire, context: CodebookContext = {}): string[][] {
  const labelsVersion = versionOf(def);
  const rows = codebookRows(def, context).map((r) => [
    r.variable,
    r.itemVariable,
    r.part,
    r.kind,
    r.valueType,
    r.required ? "yes" : "no",
    r.routing ?? "",
    r.provenance,
    codeProvenanceNote(r),
    ...LOCALES.map((l) => r.question[l]),
    ...LOCALES.map((l) => r.paperQuestion?.[l] ?? ""),
    ...LOCALES.map((l) => r.label?.[l] ?? ""),
    ...LOCALES.map((l) => r.codes.map((c) => `${c.code} = ${c.label[l]}`).join("; ")),
    r.range ? `${r.range.min}–${r.range.max} (${r.range.min} = ${r.range.minLabel.en}; ${r.range.max} = ${r.range.maxLabel.en})` : "",
    r.missing.join("; "),
    r.exportColumns.join(" "),
    r.note ?? "",
    r.textChanges.join("\n"),
    labelsVersion,
  ]);
  return [[...CODEBOOK_CSV_HEADER], ...rows];
}

/** Codebook as RFC 4180 CSV (comma, CRLF), written by the exports' one CSV encoder. */
export function codebookCsv(def: Questionnaire, context: CodebookContext = {}): string {
  return createCsvWriter(",").records(codebookTable(def, context));
}

const mdCell = (text: string) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, " ");

/** Codebook as Markdown, for reading and for the project's documentation. */
export function codebookMarkdown(def: Questionnaire, context: CodebookContext = {}): string {
  const out: string[] = [];
  out.push(`# Codebook: ${def.title.en}`, "");
  out.push(`- kk: ${def.title.kk}`, `- ru: ${def.title.ru}`, "");
  out.push(
    `Questionnaire \`${def.id}\`, version ${def.version} (\`${versionOf(def)}\`); every response records the version it was answered in.`,
    labelsNote(def),
    "Generated from the questionnaire definition; do not edit by hand.",
    "",
  );
  out.push("## Missing-data convention", "");
  out.push("| Code | en | ru | kk |", "| --- | --- | --- | --- |");
  for (const m of MISSING_VALUES) {
    out.push(`| ${m.code} | ${mdCell(m.meaning.en)} | ${mdCell(m.meaning.ru)} | ${mdCell(m.meaning.kk)} |`);
  }
  out.push(
    "",
    "98 and 99 are answers a respondent chooses and are stored as such. -1 and -2 never occur in stored",
    "responses; exports use them to tell an item skipped by routing (-1) from one that was shown but left",
    "blank (-2 in numeric columns, an empty cell in text columns). Only open questions may be left blank.",
    "",
    "## Coding conventions",
    "",
    "- Substantive options are coded 1..k in display order; 98 = prefer not to answer, 99 = hard to say.",
    "- Verbal scales run from the positive pole (code 1) to the negative pole; the 1–10 rating runs from low (1) to high (10).",
    "- Multiple choice is exported as one column per option, `<VAR>_<code>`: 1 = selected, 0 = not selected.",
    "- “Hard to say” in a multiple-choice item (e.g. `Q10_99`) is its own 0/1 column, chosen only alone (it is exclusive):",
    "  1 = the respondent said hard to say, and every other option column is 0. It is not a missing-value code in the",
    "  flag columns (0/1 are both real answers), so SPSS counts it as valid; the valid % of an option excludes the",
    "  respondents with `<VAR>_99 = 1` from its base (see docs/exports.md, “Percentages and their bases”).",
    "- “Other (please specify)” text is stored in `<VAR>_other`, upper-cased (block letters) like all free text.",
    "",
    "## Provenance",
    "",
    "Each variable (and each code whose origin differs from its variable's) states where its wording comes from:",
    "",
    ...(Object.entries(PROVENANCE_MEANINGS) as [Provenance, string][]).map(([p, meaning]) => `- \`${p}\`: ${meaning}.`),
    "",
  );
  const history = instrumentNotes(def.id).history;
  if (history.length > 0) out.push(...versionHistoryMarkdown(history));
  const published = (context.textHistory ?? []).filter((v) => v.changes.length > 0);
  if (published.length > 0) out.push(...textHistoryMarkdown(published));
  let currentPart: SectionId | undefined;
  const rows = codebookRows(def, context);
  const firstRowOf = new Map<string, string>();
  for (const row of rows) if (!firstRowOf.has(row.itemVariable)) firstRowOf.set(row.itemVariable, row.variable);
  for (const row of rows) {
    if (row.part !== currentPart) {
      currentPart = row.part;
      const part = def.parts.find((p) => p.id === row.part);
      out.push(`## ${PART_NAMES[row.part]}${part ? `: ${part.title.en}` : ""}`, "");
    }
    out.push(`### ${row.variable}`, "");
    const codesNote = codeProvenanceNote(row);
    const facts = [
      `provenance: ${row.provenance}${codesNote ? ` (codes ${codesNote})` : ""}`,
      `kind: ${row.kind} (${KIND_NOTES[row.kind]})`,
      `required: ${row.required ? "yes" : "no"}`,
      `asked: ${row.routing ? `only if ${row.routing}` : "always"}`,
    ];
    if (row.itemVariable !== row.variable) facts.push(`item: ${row.itemVariable}`);
    out.push(...facts.map((f) => `- ${f}`), "");
    out.push("| | Question | Item |", "| --- | --- | --- |");
    for (const l of LOCALES) out.push(`| ${l} | ${mdCell(row.question[l])} | ${mdCell(row.label?.[l] ?? "")} |`);
    out.push("");
    if (row.paperQuestion) {
      out.push("The paper's wording of the question (the screen shows the text above):", "");
      for (const l of LOCALES) out.push(`- ${l}: ${row.paperQuestion[l]}`);
      out.push("");
    }
    if (row.note && row.variable === firstRowOf.get(row.itemVariable)) out.push(`Note: ${row.note}`, "");
    if (row.codes.length > 0) {
      out.push("| Code | kk | ru | en | Provenance |", "| --- | --- | --- | --- | --- |");
      for (const c of row.codes) {
        out.push(`| ${c.code} | ${mdCell(c.label.kk)} | ${mdCell(c.label.ru)} | ${mdCell(c.label.en)} | ${c.provenance} |`);
      }
      out.push("");
    }
    if (row.range) {
      const r = row.range;
      out.push(`Scale: integers ${r.min}–${r.max}; ${r.min} = ${r.minLabel.en} / ${r.minLabel.ru} / ${r.minLabel.kk}; ${r.max} = ${r.maxLabel.en} / ${r.maxLabel.ru} / ${r.maxLabel.kk}.`, "");
    }
    out.push(`Missing: ${row.missing.length > 0 ? row.missing.join("; ") : "none (required, always asked)"}.`, "");
    out.push(`Export columns: ${row.exportColumns.map((c) => `\`${c}\``).join(", ")}`, "");
    if (row.textChanges.length > 0) {
      out.push("Wording changed in published versions:", "", ...row.textChanges.map((c) => `- ${mdCell(c)}`), "");
    }
  }
  return `${out.join("\n").trimEnd()}\n`;
}

/** Which version the labels of every file come from: the newest. */
function labelsNote(def: Questionnaire): string {
  return `Variable and value labels in every export file are from version ${def.version} (\`${versionOf(def)}\`), the newest; codes mean the same in every text version, and where a published version changed a text, "Text changes in published versions" lists the wording each version showed.`;
}

function textHistoryMarkdown(history: readonly TextVersion[]): string[] {
  const out = ["## Text changes in published versions", ""];
  for (const v of history) {
    out.push(`### ${v.version} (changes from ${v.previous})`, "");
    out.push("| String | Language | Before | After |", "| --- | --- | --- | --- |");
    for (const c of v.changes) out.push(`| \`${c.key}\` | ${c.locale} | ${mdCell(c.before)} | ${mdCell(c.after)} |`);
    out.push("");
  }
  return out;
}

function versionHistoryMarkdown(history: VersionChange[]): string[] {
  const out = ["## Changes between versions", ""];
  for (const v of history) {
    out.push(`### Version ${v.version}`, "");
    out.push(...v.changes.map((c) => `- ${c}`), "");
  }
  return out;
}

export function renderCodebook(def: Questionnaire, format: CodebookFormat, context: CodebookContext = {}): string {
  switch (format) {
    case "md":
      return codebookMarkdown(def, context);
    case "csv":
      return codebookCsv(def, context);
    case "json":
      return codebookJson(def, context);
    default:
      return assertNever(format);
  }
}

export function isCodebookFormat(value: string): value is CodebookFormat {
  return (CODEBOOK_FORMATS as readonly string[]).includes(value);
}

/** Parses `--format md|csv|json` (or `--format=…`); Markdown when absent. */
export function parseCodebookArgs(argv: readonly string[]): { format: CodebookFormat } | { error: string } {
  let format: string = "md";
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? "";
    if (arg === "--format") {
      const next = argv[i + 1];
      if (next === undefined) return { error: "--format needs a value: md, csv or json" };
      format = next;
      i++;
    } else if (arg.startsWith("--format=")) {
      format = arg.slice("--format=".length);
    } else if (arg === "--") {
      continue;
    } else {
      return { error: `Unknown argument "${arg}". Usage: codebook [--format md|csv|json]` };
    }
  }
  return isCodebookFormat(format) ? { format } : { error: `Unknown format "${format}". Use md, csv or json.` };
}
