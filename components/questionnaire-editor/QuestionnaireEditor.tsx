"use client";
// The questionnaire editor's form: react-hook-form with the zod resolver, on a schema made
// from the shared string rules (lib/questionnaire/strings/rules.ts), so the browser refuses
// what the server would refuse (an empty source text, a text over its limit, control
// characters). The server decides again on save; statuses come from the server.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useForm, useWatch, type Control, type UseFormRegister, type FieldErrors } from "react-hook-form";
import { z } from "zod";
import {
  confirmTranslationAction,
  discardDraftAction,
  publishDraftAction,
  saveDraftAction,
  setSourceLocaleAction,
} from "@/app/admin/actions/questionnaire";
import type { QuestionnaireEditorMessages } from "@/lib/i18n/staff/questionnaire-editor/types";
import { LOCALES, type Locale, type LocalizedText } from "@/lib/questionnaire/locale";
import type { Draft, DraftProblem, DraftString, StringStatus } from "@/lib/questionnaire/editing/types";
import { stringLength, stringProblem, type StringProblemCode } from "@/lib/questionnaire/strings/rules";
import "./editor.css";

type Filter = "all" | "missing" | "outdated" | "changed" | "warnings";
type FormValues = { s: LocalizedText[] };
type Notice = { kind: "ok" | "error"; lines: string[] };

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The form's schema: the shared string rules, per string (its limit) and language (source required). */
function formSchema(strings: readonly DraftString[], sourceLocale: Locale): z.ZodType<FormValues, FormValues> {
  const text = z.strictObject({ kk: z.string(), ru: z.string(), en: z.string() });
  return z.strictObject({ s: z.array(text) }).superRefine((values, ctx) => {
    values.s.forEach((row, i) => {
      const s = strings[i];
      if (!s) return;
      for (const l of LOCALES) {
        const problem = stringProblem(row[l], s.limit, l === sourceLocale);
        if (problem) ctx.addIssue({ code: "custom", path: ["s", i, l], message: problem });
      }
    });
  });
}

export function QuestionnaireEditor({
  draft,
  stepOf,
  itemOf,
  messages: m,
  languageNames,
  canEdit,
  canPublish,
  canSetSource,
}: {
  draft: Draft;
  stepOf: Record<string, string>;
  /** owner → its item (a matrix row → the matrix), so an item's strings form one group. */
  itemOf: Record<string, string>;
  messages: QuestionnaireEditorMessages;
  languageNames: Record<Locale, string>;
  canEdit: boolean;
  canPublish: boolean;
  canSetSource: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [filter, setFilter] = useState<Filter>("all");
  const [source, setSource] = useState<Locale>(draft.sourceLocale);
  const schema = useMemo(() => formSchema(draft.strings, draft.sourceLocale), [draft]);
  const { register, handleSubmit, control, formState, reset, getValues, setValue } = useForm<FormValues>({
    resolver: zodResolver(schema),
    defaultValues: { s: draft.strings.map((s) => ({ ...s.text })) },
    mode: "onChange",
  });
  // After a save, publish, discard or confirmation the server sends the draft again: its
  // texts become the form's baseline, while what is still being typed elsewhere stays (and
  // stays unsaved). The editor is not remounted for this, so the notice of what just
  // happened remains on screen.
  const baseline = useRef(draft);
  useEffect(() => {
    const previous = baseline.current;
    if (previous === draft) return;
    baseline.current = draft;
    const before = new Map(previous.strings.map((s, i) => [s.key, { text: s.text, typed: getValues(`s.${i}`) }]));
    const kept: { path: `s.${number}.${Locale}`; text: string }[] = [];
    draft.strings.forEach((s, i) => {
      const old = before.get(s.key);
      if (!old?.typed) return;
      for (const l of LOCALES) {
        const typed = old.typed[l];
        if (typed !== old.text[l] && typed !== s.text[l]) kept.push({ path: `s.${i}.${l}`, text: typed });
      }
    });
    reset({ s: draft.strings.map((s) => ({ ...s.text })) });
    for (const k of kept) setValue(k.path, k.text, { shouldDirty: true, shouldValidate: true });
  }, [draft, reset, getValues, setValue]);
  const byKey = useMemo(() => new Map(draft.strings.map((s) => [s.key, s])), [draft]);
  const warnedKeys = useMemo(() => new Set(draft.warnings.flatMap((w) => w.keys)), [draft]);
  const dirty = formState.dirtyFields.s ?? [];
  const isDirty = dirty.some((d) => d && Object.values(d).some(Boolean));

  // Unsaved typing is lost on leaving the page (a preview link, a reload): the browser asks first.
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [isDirty]);

  const counts = useMemo(() => {
    const any = (s: DraftString, status: StringStatus) => LOCALES.some((l) => s.status[l] === status);
    return {
      total: draft.strings.length,
      missing: draft.strings.filter((s) => any(s, "missing")).length,
      outdated: draft.strings.filter((s) => any(s, "outdated")).length,
      changed: draft.strings.filter((s) => s.changed).length,
    };
  }, [draft]);

  const describe = (p: DraftProblem): string => {
    const where = byKey.get(p.key)?.where ?? p.key;
    const limit = byKey.get(p.key)?.limit ?? 0;
    const template = m.problems[p.code] ?? p.message;
    return fill(template, { where, language: p.locale ? languageNames[p.locale] : "", limit });
  };

  const after = (next: Notice) => {
    setNotice(next);
    router.refresh();
  };

  const onSave = handleSubmit((values) => {
    const changes = draft.strings.flatMap((s, i) =>
      LOCALES.filter((l) => values.s[i]?.[l] !== s.text[l]).map((l) => ({ key: s.key, locale: l, text: values.s[i]?.[l] ?? "" })),
    );
    if (changes.length === 0) {
      setNotice({ kind: "ok", lines: [m.nothingToSave] });
      return;
    }
    startTransition(async () => {
      const result = await saveDraftAction(changes);
      if (result.ok) after({ kind: "ok", lines: [fill(m.saved, { n: result.changed.length })] });
      else setNotice({ kind: "error", lines: [m.problemsTitle, ...result.problems.map(describe)] });
    });
  });

  const publishBlocked = !canPublish
    ? m.publishAdminsOnly
    : counts.missing > 0
      ? fill(m.publishBlockedMissing, { n: counts.missing })
      : isDirty
        ? m.publishBlockedUnsaved
        : counts.changed === 0
          ? m.publishBlockedNothing
          : null;

  const onPublish = () =>
    startTransition(async () => {
      const result = await publishDraftAction();
      if (result.ok) after({ kind: "ok", lines: [fill(m.published, { version: result.version, n: result.changed.length })] });
      else setNotice({ kind: "error", lines: result.problems.map(describe) });
    });

  const onDiscard = () => {
    if (!window.confirm(m.discardConfirm)) return;
    startTransition(async () => {
      await discardDraftAction();
      after({ kind: "ok", lines: [m.discarded] });
    });
  };

  const onConfirm = (key: string, locale: Locale) =>
    startTransition(async () => {
      const result = await confirmTranslationAction({ key, locale });
      if (result.ok) router.refresh();
      else setNotice({ kind: "error", lines: result.problems.map(describe) });
    });

  const onSetSource = () =>
    startTransition(async () => {
      await setSourceLocaleAction(source);
      router.refresh();
    });

  const visible = (s: DraftString, i: number): boolean => {
    switch (filter) {
      case "all":
        return true;
      case "missing":
        return LOCALES.some((l) => s.status[l] === "missing");
      case "outdated":
        return LOCALES.some((l) => s.status[l] === "outdated");
      case "changed":
        return s.changed || Boolean(dirty[i] && Object.values(dirty[i] ?? {}).some(Boolean));
      case "warnings":
        return warnedKeys.has(s.key);
      default: {
        const exhaustive: never = filter;
        return exhaustive;
      }
    }
  };

  // Items in order: consecutive strings of one item (its stem, rows, scale) form one group.
  // The group's owner keys the section and names its heading's id, so it must be unique:
  // should an item's strings ever not be consecutive, the later group gets a suffix.
  const groups: { owner: string; id: string; rows: { s: DraftString; i: number }[] }[] = [];
  const seen = new Set<string>();
  draft.strings.forEach((s, i) => {
    const owner = itemOf[s.owner] ?? s.owner;
    const last = groups.at(-1);
    if (last && last.owner === owner) {
      last.rows.push({ s, i });
      return;
    }
    const id = seen.has(owner) ? `${owner}-${i}` : owner;
    seen.add(owner);
    groups.push({ owner, id, rows: [{ s, i }] });
  });

  return (
    <div className="qe">
      <h1>{m.title}</h1>
      <p>{fill(m.intro, { base: draft.baseVersion, next: draft.nextVersion })}</p>
      <p>{draft.stored && draft.updatedBy ? fill(m.draftBy, { who: draft.updatedBy, n: draft.revision }) : fill(m.noDraft, { base: draft.baseVersion })}</p>
      {!canEdit && <p className="notice">{m.readOnly}</p>}
      <p id="qe-counts">{fill(m.counts, counts)}</p>

      <div className="qe-toolbar">
        <div className="field">
          <label htmlFor="qe-source">{m.sourceLocale}</label>
          <select id="qe-source" value={source} disabled={!canSetSource || pending} onChange={(e) => setSource(e.target.value as Locale)} aria-describedby="qe-source-help">
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
          {canSetSource && source !== draft.sourceLocale && (
            <button type="button" className="button button--small" onClick={onSetSource} disabled={pending}>
              {m.setSource}
            </button>
          )}
          <p className="field__hint" id="qe-source-help">
            {m.sourceLocaleHelp}
          </p>
        </div>
        <div className="field">
          <label htmlFor="qe-filter">{m.filter.label}</label>
          <select id="qe-filter" value={filter} onChange={(e) => setFilter(e.target.value as Filter)}>
            {(["all", "missing", "outdated", "changed", "warnings"] as const).map((f) => (
              <option key={f} value={f}>
                {m.filter[f]}
              </option>
            ))}
          </select>
        </div>
      </div>

      {notice && (
        <div className={notice.kind === "ok" ? "notice" : "notice notice--warning"} role={notice.kind === "ok" ? "status" : "alert"}>
          {notice.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}

      {draft.warnings.length > 0 && (
        <section aria-labelledby="qe-warnings" className="notice notice--warning">
          <h2 id="qe-warnings">{m.warningsTitle}</h2>
          <ul>
            {draft.warnings.map((w) => {
              const [first, other] = w.keys.map((k) => byKey.get(k));
              return (
                <li key={`${w.keys.join("|")}${w.from}${w.to}`}>
                  {fill(m.warning, {
                    where: other?.where ?? w.keys[1],
                    other: first?.where ?? w.keys[0],
                    from: languageNames[w.from],
                    to: languageNames[w.to],
                    term: other?.text[w.from] ?? "",
                    a: first?.text[w.to] ?? "",
                    b: other?.text[w.to] ?? "",
                  })}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      <form onSubmit={onSave} noValidate>
        <div className="qe-actions">
          <button type="submit" className="button" disabled={!canEdit || pending}>
            {pending ? m.saving : m.save}
          </button>
          <button type="button" className="button button--secondary" disabled={!canEdit || pending || !draft.stored} onClick={onDiscard}>
            {m.discard}
          </button>
          <button type="button" className="button" disabled={publishBlocked !== null || pending} onClick={onPublish} aria-describedby={publishBlocked ? "qe-publish-reason" : undefined}>
            {fill(m.publish, { next: draft.nextVersion })}
          </button>
          {publishBlocked && (
            <span id="qe-publish-reason" className="field__hint">
              {publishBlocked}
            </span>
          )}
        </div>

        {groups.map((group) => {
          const rows = group.rows.filter(({ s, i }) => visible(s, i));
          if (rows.length === 0) return null;
          const step = stepOf[group.owner];
          const title = group.rows[0]?.s.where.split(" · ")[0] ?? group.owner;
          return (
            <section key={group.id} className="qe-item" aria-labelledby={`qe-${group.id}`}>
              <h2 id={`qe-${group.id}`}>{title}</h2>
              {step && (
                <p className="qe-preview">
                  {m.preview}:{" "}
                  {LOCALES.map((l) => (
                    <a key={l} href={`/admin/questionnaire/preview/${l}/${step}`} aria-label={fill(m.previewIn, { language: languageNames[l] }) + ` — ${title}`} className="qe-preview__link">
                      {l.toUpperCase()}
                    </a>
                  ))}
                </p>
              )}
              {rows.map(({ s, i }) => (
                <StringRow
                  key={s.key}
                  s={s}
                  index={i}
                  control={control}
                  register={register}
                  errors={formState.errors}
                  m={m}
                  languageNames={languageNames}
                  canEdit={canEdit}
                  pending={pending}
                  warned={warnedKeys.has(s.key)}
                  onConfirm={onConfirm}
                />
              ))}
            </section>
          );
        })}
      </form>
    </div>
  );
}

function StringRow({
  s,
  index,
  control,
  register,
  errors,
  m,
  languageNames,
  canEdit,
  pending,
  warned,
  onConfirm,
}: {
  s: DraftString;
  index: number;
  control: Control<FormValues>;
  register: UseFormRegister<FormValues>;
  errors: FieldErrors<FormValues>;
  m: QuestionnaireEditorMessages;
  languageNames: Record<Locale, string>;
  canEdit: boolean;
  pending: boolean;
  warned: boolean;
  onConfirm: (key: string, locale: Locale) => void;
}) {
  const values = useWatch({ control, name: `s.${index}` as const });
  return (
    <fieldset className="qe-string" data-key={s.key}>
      <legend>
        {s.where}
        {s.changed && <span className="qe-badge qe-badge--changed"> {m.changedBadge}</span>}
        {warned && <span className="qe-badge qe-badge--warning"> ⚠ {m.warningsTitle}</span>}
      </legend>
      <div className="qe-languages">
        {LOCALES.map((l) => {
          const id = `qe-${index}-${l}`;
          const current = values?.[l] ?? s.text[l];
          const length = stringLength(current);
          const edited = current !== s.text[l];
          const error = errors.s?.[index]?.[l]?.message as StringProblemCode | undefined;
          const status = s.status[l];
          return (
            <div key={l} className="qe-language" lang={l}>
              <label htmlFor={id}>
                {languageNames[l]} —{" "}
                <span id={`${id}-status`} className={`qe-status qe-status--${status}`}>
                  {edited ? m.edited : m.status[status]}
                </span>
              </label>
              <textarea
                id={id}
                rows={s.limit > 400 ? 5 : 2}
                readOnly={!canEdit}
                aria-invalid={error ? true : undefined}
                // The name says where and which language; the status, count and error describe it.
                aria-describedby={`${id}-status ${id}-count${error ? ` ${id}-error` : ""}`}
                aria-label={`${s.where} — ${languageNames[l]}`}
                {...register(`s.${index}.${l}` as const)}
              />
              <span id={`${id}-count`} className={length > s.limit ? "qe-count qe-count--over" : "qe-count"}>
                {fill(m.characters, { n: length, limit: s.limit })}
              </span>
              {error && (
                <span id={`${id}-error`} className="qe-error" role="alert">
                  {fill(m.problems[error], { where: s.where, language: languageNames[l], limit: s.limit })}
                </span>
              )}
              {canEdit && !edited && (status === "outdated" || status === "identical") && (
                <button type="button" className="button button--small button--secondary" disabled={pending} onClick={() => onConfirm(s.key, l)}>
                  {fill(m.confirm, { language: languageNames[l], where: s.where })}
                </button>
              )}
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
