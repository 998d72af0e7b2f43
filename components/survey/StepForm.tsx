"use client";
// The one client component of a question page (screening or a part). It renders the
// step's items from the single-language definition, keeps every change in the device
// draft, validates the step with the questionnaire's own per-part zod schema and moves
// on, or shows the error summary.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch, type FieldErrors, type FieldValues, type Resolver } from "react-hook-form";
import type { ZodType } from "zod";
import { zodResolver } from "@hookform/resolvers/zod";
import { format, type RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import type { Item } from "@/lib/questionnaire/types";
import { isShown } from "@/lib/questionnaire/routing";
import { answerKeysOf } from "@/lib/questionnaire/structure";
import { buildPartSchema } from "@/lib/questionnaire/validate";
import { answeredShare, cleanAnswers, type FormValues } from "@/lib/survey/answers";
import { loadDraft, newDraft, saveDraft, wasSubmitted, type Draft } from "@/lib/survey/draft";
import { fieldId, withoutVariable } from "@/lib/survey/fields";
import { monolingual, type LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import { itemsOfStep, type Step } from "@/lib/survey/steps";
import { ErrorSummary, type SummaryError } from "./ErrorSummary";
import { useDeviceState } from "./useDeviceState";
import { ItemView } from "./ItemView";
import { Progress } from "./Progress";
import type { LocalisedItem } from "./items/types";

export interface StepFormProps {
  locale: Locale;
  version: string;
  def: LocalisedQuestionnaire;
  step: Step;
  ui: RespondentUi;
  /** "Part 2 of 4" or the screening caption. */
  caption: string;
  title: string;
  intro?: string;
  /** Path below the locale of this page, remembered as "where you left off". */
  path: string;
  backHref: string;
  nextHref: string;
  nextLabel: string;
}

export function StepForm({ locale, version, def, step, ui, caption, title, intro, path, backHref, nextHref, nextLabel }: StepFormProps) {
  const router = useRouter();
  const validationDef = useMemo(() => monolingual(def), [def]);
  const items = itemsOfStep<LocalisedItem>(def, step);
  const validationItems = useMemo(() => itemsOfStep<Item>(validationDef, step), [validationDef, step]);
  const draftRef = useRef<Draft | undefined>(undefined);
  const [focusKey, setFocusKey] = useState(0);

  const resolver = useMemo<Resolver<FormValues>>(() => {
    // The part schema accepts any input (it validates the shape itself), which the
    // resolver's typing cannot express; the cast only widens its declared input type.
    const schema = buildPartSchema(validationDef, step, locale) as unknown as ZodType<FieldValues, FieldValues>;
    const zod = zodResolver(schema);
    // Validate what would be sent: blanks and answers routing now skips are dropped.
    return (values, context, options) =>
      zod(cleanAnswers(validationDef, values), context, options as never) as ReturnType<Resolver<FormValues>>;
  }, [validationDef, step, locale]);

  const { control, handleSubmit, reset, formState } = useForm<FormValues>({
    defaultValues: {},
    resolver,
    shouldFocusError: false,
  });
  const values = useWatch({ control }) as FormValues;

  // Every change goes to the device draft at once: reload, Back, a language switch or a
  // closed tab lose nothing. (Declared before the loading effect on purpose: in the
  // commit that loads the draft this effect still sees no draft and cannot overwrite it
  // with the empty initial values.)
  useEffect(() => {
    const draft = draftRef.current;
    if (!draft) return;
    draftRef.current = { ...draft, answers: values };
    saveDraft(version, draftRef.current);
  }, [values, version]);

  // Load (or start) the draft once the page is hydrated; until then the controls are
  // disabled so that no answer can be given that would not be saved.
  const device = useDeviceState(version);
  const hydrated = device !== undefined;
  const leaving = hydrated && device.draft === undefined && device.submitted;
  useEffect(() => {
    if (!hydrated || draftRef.current) return;
    const stored = loadDraft(version);
    if (!stored && wasSubmitted(version)) {
      // This device has already answered: the start page says so and offers a new response.
      router.replace(`/${locale}`);
      return;
    }
    const draft = { ...(stored ?? newDraft(path)), lastPath: path };
    draftRef.current = draft;
    saveDraft(version, draft);
    reset(draft.answers);
  }, [hydrated, version, path, locale, reset, router]);
  const ready = hydrated && !leaving;

  const errors = summaryErrors(validationItems, formState.errors);
  const hasErrors = errors.length > 0;
  // GOV.UK: the page title starts with "Error:" while the summary is shown.
  useEffect(() => {
    const prefix = ui.errorTitlePrefix;
    const bare = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = hasErrors ? prefix + bare : bare;
  }, [hasErrors, ui.errorTitlePrefix]);

  const inline: Record<string, string> = {};
  for (const e of errors) inline[e.variable] = withoutVariable(e.message, e.variable);

  const share = answeredShare(validationDef, cleanAnswers(validationDef, values));
  const shownItems = items.filter((item) => isShown(item, values as Parameters<typeof isShown>[1]));

  const onValid = () => router.push(nextHref);
  const onInvalid = () => setFocusKey((k) => k + 1);

  return (
    <>
      <ErrorSummary title={ui.errorSummaryTitle} errors={errors.map((e) => ({ targetId: fieldId(e.variable), message: e.message }))} focusKey={focusKey} />
      <Progress caption={caption} percent={share.percent} label={ui.progressLabel} share={format(ui.answeredShare, { percent: share.percent })} />
      <h1>{title}</h1>
      {intro ? <p className="lead">{intro}</p> : null}
      <form noValidate onSubmit={handleSubmit(onValid, onInvalid)} aria-busy={!ready}>
        <fieldset className="form-state" disabled={!ready}>
          {shownItems.map((item) => (
            <ItemView key={item.variable} item={item} control={control} locale={locale} ui={ui} errors={inline} />
          ))}
          <p className="hint">{ui.draftSavedNote}</p>
          <div className="button-row">
            <button type="submit" className="button">
              {nextLabel}
            </button>
            <Link className="button button--secondary" href={backHref}>
              {ui.back}
            </Link>
          </div>
        </fieldset>
      </form>
    </>
  );
}

/** Errors in the order the fields appear on the page. */
function summaryErrors(items: Item[], errors: FieldErrors<FormValues>): (SummaryError & { variable: string })[] {
  const out: (SummaryError & { variable: string })[] = [];
  for (const item of items) {
    for (const variable of answerKeysOf(item)) {
      const message = errors[variable]?.message;
      if (typeof message === "string") out.push({ variable, targetId: fieldId(variable), message });
    }
  }
  return out;
}
