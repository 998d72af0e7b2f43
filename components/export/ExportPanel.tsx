// The Export page's content: one GET form whose buttons download each file with the
// chosen filters and options, plus direct links for the same choices. A server component
// with no client JavaScript: downloads are ordinary navigations that the browser saves.
import type { StaffPrincipal } from "@/lib/auth/guard";
import { exportUrl, type ExportFileName } from "@/lib/export/files";
import { DEFAULT_EXPORT_OPTIONS, parseExportOptions, type ExportOptions } from "@/lib/export/options";
import { parseExportFilters, toSearchParams } from "@/lib/export/query";
import { LOCALES, findItem, type Locale, type Option, type Questionnaire } from "@/lib/questionnaire";
import { filterVariables } from "@/lib/responses/filter-columns";
import type { ResponseFilters } from "@/lib/responses/filters";
import { EXPORT_MESSAGES, LANGUAGE_NAMES, type ExportMessages } from "./messages";
import styles from "./ExportPanel.module.css";

export interface ExportPanelProps {
  staff: StaffPrincipal;
  /** The active definition (the page reads it). */
  def: Questionnaire;
  searchParams: Record<string, string | string[] | undefined>;
}

type FilterField = { name: "region" | "gender" | "age" | "screening"; key: "region" | "gender" | "ageGroup" | "screening"; label: keyof ExportMessages };

const FILTER_FIELDS: readonly FilterField[] = [
  { name: "region", key: "region", label: "region" },
  { name: "gender", key: "gender", label: "gender" },
  { name: "age", key: "ageGroup", label: "age" },
  { name: "screening", key: "screening", label: "screening" },
];

type MessageKey = { [K in keyof ExportMessages]: ExportMessages[K] extends string ? K : never }[keyof ExportMessages];

/** Every file, with the sentence saying which program opens it; `extra` is a fixed parameter. */
const DOWNLOADS: readonly { file: ExportFileName; label: MessageKey; opens: MessageKey; extra?: { name: string; value: string } }[] = [
  { file: "responses.csv", label: "downloadWide", opens: "opensWide" },
  { file: "responses.xlsx", label: "downloadXlsx", opens: "opensXlsx" },
  { file: "responses.sav", label: "downloadSav", opens: "opensSav" },
  { file: "responses-long.csv", label: "downloadLong", opens: "opensLong" },
  { file: "responses.sps", label: "downloadSpss", opens: "opensSpss" },
  { file: "responses.csv", label: "downloadSpssCsv", opens: "opensSpssCsv", extra: { name: "spss", value: "1" } },
  { file: "codebook.csv", label: "downloadCodebookCsv", opens: "opensCodebookCsv" },
  { file: "codebook.md", label: "downloadCodebookMd", opens: "opensCodebookMd" },
];

function withExtra(query: URLSearchParams, extra: { name: string; value: string } | undefined): URLSearchParams {
  if (!extra) return query;
  const params = new URLSearchParams(query);
  params.set(extra.name, extra.value);
  return params;
}

/** The options of the single-choice question behind a filter, read from the definition. */
function filterOptions(def: Questionnaire, key: FilterField["key"]): Option[] {
  const variable = filterVariables(def)[key];
  const item = findItem(def, variable)?.item;
  return item && item.kind === "single" ? item.options : [];
}

/** The query string for the current choices, without empty or default values. */
function currentQuery(options: ExportOptions, filters: ResponseFilters, staffLocale: Locale): URLSearchParams {
  const params = new URLSearchParams();
  for (const field of FILTER_FIELDS) {
    const values = filters[field.key];
    if (values?.length) params.set(field.name, values.join(","));
  }
  if (filters.locale?.length) params.set("locale", filters.locale.join(","));
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  const defaults = { ...DEFAULT_EXPORT_OPTIONS, lang: staffLocale };
  for (const key of ["values", "lang", "header", "sep"] as const) if (options[key] !== defaults[key]) params.set(key, options[key]);
  if (options.bom !== defaults.bom) params.set("bom", options.bom ? "1" : "0");
  if (options.combined) params.set("combined", "1");
  return params;
}

function Choice(props: { name: string; value: string; label: string; checked: boolean }) {
  return (
    <label className={styles.choice}>
      <input type="radio" name={props.name} value={props.value} defaultChecked={props.checked} /> {props.label}
    </label>
  );
}

export function ExportPanel({ staff, def, searchParams }: ExportPanelProps) {
  const t = EXPORT_MESSAGES[staff.locale];
  const params = toSearchParams(searchParams);
  const parsedOptions = parseExportOptions(params, { lang: staff.locale });
  const parsedFilters = parseExportFilters(params);
  const options = parsedOptions.ok ? parsedOptions.options : { ...DEFAULT_EXPORT_OPTIONS, lang: staff.locale };
  const filters = parsedFilters.ok ? parsedFilters.filters : {};
  const problems = [...(parsedOptions.ok ? [] : parsedOptions.errors), ...(parsedFilters.ok ? [] : parsedFilters.errors)];
  const query = currentQuery(options, filters, staff.locale);
  const label = (text: { kk: string; ru: string; en: string }) => text[staff.locale];

  return (
    <section className={styles.panel} aria-labelledby="export-heading">
      <h1 id="export-heading">{t.heading}</h1>
      <p>{t.intro}</p>
      {problems.length > 0 && (
        <div className={styles.notice} role="status">
          <p>{t.invalid}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.param}:${p.message}`}>{p.message}</li>
            ))}
          </ul>
        </div>
      )}

      <form method="get" action={exportUrl("responses.csv")} className={styles.form}>
        <fieldset className={styles.fieldset}>
          <legend>{t.filters}</legend>
          <p className={styles.hint}>{t.filtersHint}</p>
          <div className={styles.grid}>
            {FILTER_FIELDS.map((field) => (
              <fieldset className={styles.group} key={field.name}>
                <legend>{t[field.label]}</legend>
                <div className={styles.checks}>
                  {filterOptions(def, field.key).map((o) => (
                    <label className={styles.choice} key={o.code}>
                      <input type="checkbox" name={field.name} value={o.code} defaultChecked={filters[field.key]?.includes(o.code) ?? false} />{" "}
                      {label(o.label)}
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
            <fieldset className={styles.group}>
              <legend>{t.respondentLanguage}</legend>
              <div className={styles.checks}>
                {LOCALES.map((l) => (
                  <label className={styles.choice} key={l}>
                    <input type="checkbox" name="locale" value={l} defaultChecked={filters.locale?.includes(l) ?? false} />{" "}
                    <span lang={l}>{LANGUAGE_NAMES[l]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <div className={styles.field}>
              <label htmlFor="export-from">{t.from}</label>
              <input id="export-from" name="from" type="date" defaultValue={filters.from ?? ""} />
            </div>
            <div className={styles.field}>
              <label htmlFor="export-to">{t.to}</label>
              <input id="export-to" name="to" type="date" defaultValue={filters.to ?? ""} />
            </div>
          </div>
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>{t.format}</legend>
          <fieldset className={styles.group}>
            <legend>{t.values}</legend>
            <Choice name="values" value="codes" label={t.valuesCodes} checked={options.values === "codes"} />
            <Choice name="values" value="labels" label={t.valuesLabels} checked={options.values === "labels"} />
          </fieldset>
          <fieldset className={styles.group}>
            <legend>{t.labelLanguage}</legend>
            {LOCALES.map((l) => (
              <Choice key={l} name="lang" value={l} label={LANGUAGE_NAMES[l]} checked={options.lang === l} />
            ))}
          </fieldset>
          <fieldset className={styles.group}>
            <legend>{t.header}</legend>
            <Choice name="header" value="names" label={t.headerNames} checked={options.header === "names"} />
            <Choice name="header" value="text" label={t.headerText} checked={options.header === "text"} />
          </fieldset>
          <fieldset className={styles.group}>
            <legend>{t.separator}</legend>
            <Choice name="sep" value="comma" label={t.sepComma} checked={options.sep === "comma"} />
            <Choice name="sep" value="semicolon" label={t.sepSemicolon} checked={options.sep === "semicolon"} />
            <Choice name="sep" value="tab" label={t.sepTab} checked={options.sep === "tab"} />
          </fieldset>
          <fieldset className={styles.group}>
            <legend>{t.bom}</legend>
            <Choice name="bom" value="1" label={t.bomOn} checked={options.bom} />
            <Choice name="bom" value="0" label={t.bomOff} checked={!options.bom} />
          </fieldset>
          <label className={styles.choice}>
            <input type="checkbox" name="combined" value="1" defaultChecked={options.combined} /> {t.combined}
          </label>
        </fieldset>

        <fieldset className={styles.fieldset}>
          <legend>{t.download}</legend>
          <div className={styles.buttons}>
            {DOWNLOADS.map(({ file, label: key, extra }, index) =>
              index === 0 ? (
                <button key={key} type="submit" className={styles.primary}>
                  {t[key]}
                </button>
              ) : (
                <button key={key} type="submit" formAction={exportUrl(file)} className={styles.secondary} {...(extra ? { name: extra.name, value: extra.value } : {})}>
                  {t[key]}
                </button>
              ),
            )}
          </div>
          <p className={styles.hint}>{t.spssHint}</p>
          <h2 className={styles.subheading}>{t.opens}</h2>
          <dl className={styles.opens}>
            {DOWNLOADS.map(({ label: key, opens }) => (
              <div key={key}>
                <dt>{t[key]}</dt>
                <dd>{t[opens]}</dd>
              </div>
            ))}
          </dl>
        </fieldset>
      </form>

      <h2>{t.links}</h2>
      <p className={styles.hint}>{t.linksHint}</p>
      <ul className={styles.links}>
        {DOWNLOADS.map(({ file, label: key, extra }) => (
          <li key={key}>
            <a href={exportUrl(file, withExtra(query, extra))} download={file}>
              {t[key]}
            </a>{" "}
            <code className={styles.path}>{file}</code>
          </li>
        ))}
      </ul>
    </section>
  );
}
