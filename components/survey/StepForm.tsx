"use client";
// A question page (screening or a part) as a real HTML form. The server HTML works on its
// own: controls are enabled, Continue and Back post the form (with the answers of earlier
// parts in a hidden field) to the respondent server action, which answers with the next
// page or this one with its errors. The form's fields are server-rendered (`fields`,
// StepFields): this component owns only the frame — the error summary, the progress, the
// heading and the buttons — so hydrating it costs what hydrating the markup costs. Once
// the script runs it takes over: the page's answers are merged with the device draft (an
// answer given before the script arrived is kept), every change is saved on the device,
// Continue validates with the same per-part rules and moves on without a round trip, and
// the options react as you choose — set on the items' markup by one delegated listener
// (lib/survey/enhance/step-dom.ts), never by rendering them again.
import { useRouter } from "next/navigation";
import { lazy, useEffect, useMemo, useRef, useState, type FormEvent, type ReactNode } from "react";
import { format } from "@/lib/i18n/format";
import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import { answerKeysOf } from "@/lib/questionnaire/structure";
import type { Answers, Item } from "@/lib/questionnaire/types";
import { answeredShare, cleanAnswers, compactAnswers, type FormValues } from "@/lib/survey/answers";
import { loadDraft, newDraft, saveDraft, wasSubmitted, type Draft } from "@/lib/survey/draft";
import { keepStarted } from "@/lib/survey/started";
import type { FieldError } from "@/lib/survey/errors";
import { fieldId, messagesByVariable } from "@/lib/survey/fields";
import { readItems } from "@/lib/survey/form-data";
import { FIELD, nextView, previousView, viewHref, type FlowState } from "@/lib/survey/flow";
import type { LocalisedQuestionnaire } from "@/lib/survey/monolingual";
import { itemsOfStep, stepPath, type Step } from "@/lib/survey/steps";
import { blockLettersOnInput } from "@/lib/survey/enhance/block-letters";
import { applyChoices, applyExclusive, applyInlineErrors, applyRouting } from "@/lib/survey/enhance/step-dom";
import { ErrorSummary } from "./ErrorSummary";
import { Progress } from "./Progress";
import type { Questionnaire } from "@/lib/questionnaire/types";

// Only for the no-JavaScript fallback that renders another part in place: not in the
// page's first-load script.
const StepFields = lazy(() => import("./StepFields").then((m) => ({ default: m.StepFields })));

// The per-part rules and their messages in three languages are needed only when Continue
// is pressed: fetched as soon as the script takes over, outside the first-load script (the
// service worker keeps the chunk with the pages, for a lost connection).
let quickCheck: Promise<typeof import("@/lib/survey/quick-check")> | undefined;
const loadQuickCheck = () => (quickCheck ??= import("@/lib/survey/quick-check"));

export interface StepFormProps {
  locale: Locale;
  version: string;
  scope: string;
  def: LocalisedQuestionnaire;
  mono: Questionnaire;
  ui: RespondentUi;
  step: Step;
  state: FlowState;
  /**
   * The server action, or (a page served without the framework runtime, decision 018) the
   * address the form posts to.
   */
  formAction: string | ((form: FormData) => void);
  /** The staff preview: links stay inside it and nothing is kept on the device. */
  previewBase?: string;
  /** The form's fields rendered on the server for `state` (StepFields); rendered here when absent. */
  fields?: ReactNode;
}

function without(answers: FormValues, keys: readonly string[]): FormValues {
  return Object.fromEntries(Object.entries(answers).filter(([k]) => !keys.includes(k)));
}

/** Focuses the legend (or label) of the question holding the element `id`, scrolled into view. */
function focusQuestion(id: string) {
  const target = document.getElementById(id);
  const legend = target?.closest(".question")?.querySelector<HTMLElement>(".question__legend");
  if (!legend) return;
  legend.tabIndex = -1;
  legend.scrollIntoView({ block: "start" });
  legend.focus({ preventScroll: true });
}

/** Puts a draft value into the page's controls (used once, when the script starts). */
function fillField(form: HTMLFormElement, name: string, value: unknown) {
  const controls = Array.from(form.elements).filter((el): el is HTMLInputElement | HTMLTextAreaElement => (el as HTMLInputElement).name === name);
  for (const control of controls) {
    if (control instanceof HTMLInputElement && (control.type === "radio" || control.type === "checkbox")) {
      const codes = Array.isArray(value) ? value : [value];
      control.checked = codes.includes(Number(control.value));
    } else if (typeof value === "string") {
      control.value = value;
    }
  }
}

export function StepForm({ locale, version, scope, def, mono, ui, step, state, formAction, previewBase, fields }: StepFormProps) {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const draftRef = useRef<Draft | undefined>(undefined);
  const monoItems = useMemo(() => itemsOfStep<Item>(mono, step), [mono, step]);
  const keys = useMemo(() => monoItems.flatMap(answerKeysOf), [monoItems]);
  /** The form's values once the script runs (read from the DOM); undefined in the server HTML. */
  const [live, setLive] = useState<FormValues | undefined>(undefined);
  /** Answers of the other steps, from the device draft (routing, progress). */
  const [others, setOthers] = useState<Answers>({});
  const [clientErrors, setClientErrors] = useState<FieldError[] | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  const posted = state.attempt > 0;
  const path = stepPath(step);
  const returnToCheck = state.returnToCheck;

  // The script has arrived: merge the page with the device draft, once.
  useEffect(() => {
    const form = formRef.current;
    if (!form || draftRef.current) return;
    // A preview reads and keeps nothing on the device.
    const stored = previewBase ? undefined : loadDraft(scope);
    if (!stored && !posted && !previewBase && wasSubmitted(scope)) {
      // This device has already answered: the start page says so and offers a new response.
      router.replace(`/${locale}`);
      return;
    }
    // The first page's started token; a new draft starts the clock again.
    if (!previewBase && state.started) keepStarted(scope, state.started, !stored);
    const draft: Draft = { ...(stored ?? newDraft(path, state.version ?? version)), lastPath: path };
    // Answers posted without the script win over the draft; answers read back from the
    // no-JS cookie only fill what the draft (kept as the script runs) does not have.
    if (posted) draft.answers = state.carriedBy === "cookie" ? { ...state.answers, ...draft.answers } : { ...draft.answers, ...state.answers };
    const given = compactAnswers(readItems(monoItems, new FormData(form)));
    // What was answered before the script ran wins; blank fields are filled from the draft.
    for (const key of keys) if (!(key in given) && draft.answers[key] !== undefined) fillField(form, key, draft.answers[key]);
    draft.answers = { ...draft.answers, ...given };
    draftRef.current = draft;
    if (!previewBase) saveDraft(scope, draft);
    const otherAnswers = compactAnswers(without(draft.answers, keys)) as Answers;
    // The device knows the other parts' answers: hide what they skip, then read what is left.
    applyRouting(form, monoItems, otherAnswers);
    const values = readItems(monoItems, new FormData(form));
    applyChoices(form, monoItems, values, ui.chosenCount);
    // The script is in charge from here: the browser test of a tap during loading measures from this mark.
    performance.mark("tyndau:enhanced");
    void loadQuickCheck().catch(() => undefined);
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the frame (progress, note) follows the DOM and the device, read once after hydration
    setOthers(otherAnswers);
    setLive(values);
    // Back from "Change" on the check page: the question, not <body>, has the focus.
    if (returnToCheck && window.location.hash) focusQuestion(window.location.hash.slice(1));
  }, [returnToCheck, version, scope, posted, state.answers, state.carriedBy, state.version, state.started, monoItems, keys, path, locale, router, previewBase, ui.chosenCount]);

  const save = (values: FormValues) => {
    const draft = draftRef.current;
    if (!draft) return;
    draftRef.current = { ...draft, answers: { ...without(draft.answers, keys), ...compactAnswers(values) } };
    if (!previewBase) saveDraft(scope, draftRef.current);
  };

  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const form = formRef.current;
    // The draft ref, not state: a tap between the script taking over and the re-render
    // that follows would otherwise be dropped.
    if (!form || !draftRef.current) return;
    applyExclusive(form, monoItems, event.target);
    const values = readItems(monoItems, new FormData(form));
    applyChoices(form, monoItems, values, ui.chosenCount);
    save(values);
    setLive(values);
  };

  const back = previousView(mono, step, returnToCheck);
  const next = nextView(mono, step, returnToCheck);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const form = formRef.current;
    if (live === undefined || !form) return; // the script is not in charge yet: let the form post
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.value === "back") {
      router.push(viewHref(locale, back, previewBase));
      return;
    }
    loadQuickCheck().then(
      ({ quickCheckStep }) => {
        const problems = quickCheckStep(mono, locale, step, others, live);
        applyInlineErrors(form, messagesByVariable(problems));
        if (problems.length > 0) {
          setClientErrors(problems);
          setAttempt((a) => a + 1);
          return;
        }
        setClientErrors([]);
        router.push(viewHref(locale, next, previewBase));
      },
      // The rules could not be fetched (offline before they were kept): move on; the check
      // page lists the parts still to finish, and the server checks everything again.
      () => router.push(viewHref(locale, next, previewBase)),
    );
  };

  const errors = clientErrors ?? state.errors;
  const hasErrors = errors.length > 0;
  // GOV.UK: the page title starts with "Error:" while the summary is shown.
  useEffect(() => {
    const prefix = ui.errorTitlePrefix;
    const bare = document.title.startsWith(prefix) ? document.title.slice(prefix.length) : document.title;
    document.title = hasErrors ? prefix + bare : bare;
  }, [hasErrors, ui.errorTitlePrefix]);

  // Unknown until the script has read the device draft (or the server the carried
  // answers): no "0% answered" in the meantime.
  const known: Answers | undefined = live !== undefined ? { ...others, ...(compactAnswers(live) as Answers) } : posted ? { ...state.answers, ...(compactAnswers(state.values) as Answers) } : undefined;
  const share = known === undefined ? undefined : answeredShare(mono, cleanAnswers(mono, known));
  const isScreening = step === "screening";
  const title = isScreening ? ui.screeningTitle : (def.parts[step]?.title ?? "");
  const intro = isScreening ? undefined : def.parts[step]?.intro;
  const caption = isScreening ? undefined : format(ui.partOf, { n: step + 1, total: def.parts.length });
  const nextLabel = next.kind === "check" ? ui.toCheck : ui.next;

  return (
    <>
      <ErrorSummary title={ui.errorSummaryTitle} errors={errors.map((e) => ({ targetId: fieldId(e.variable), message: e.message }))} focusKey={attempt + state.attempt} />
      {state.carriedBy === "form" ? <p className="notice">{ui.answersNotKept}</p> : null}
      {caption ? <Progress caption={caption} percent={share?.percent} label={ui.progressLabel} share={share ? format(ui.answeredShare, { percent: share.percent }) : undefined} /> : null}
      <h1>{title}</h1>
      {intro ? <p className="lead">{intro}</p> : null}
      <form
        ref={formRef}
        action={formAction}
        method={typeof formAction === "string" ? "post" : undefined}
        noValidate
        onChange={onChange}
        onSubmit={onSubmit}
        onInput={(event) => blockLettersOnInput(event.target, (event.nativeEvent as InputEvent).isComposing, locale)}
        onCompositionEnd={(event) => blockLettersOnInput(event.target, false, locale)}
      >
        {/* No Suspense boundary of its own: without JavaScript the server must send the fields
            in the page itself, not streamed behind a script that reveals them. */}
        {fields ?? <StepFields locale={locale} version={version} def={def} ui={ui} step={step} state={state} />}
        {/* Shown once the script keeps the draft (this component's effect, or the enhancement module). */}
        {!previewBase ? (
          <p className="hint" data-draft-note="" hidden={live === undefined}>
            {ui.draftSavedNote}
          </p>
        ) : null}
        <div className="button-row">
          <button type="submit" className="button" name={FIELD.intent} value="next">
            {nextLabel}
          </button>
          <button type="submit" className="button button--secondary" name={FIELD.intent} value="back" formNoValidate>
            {ui.back}
          </button>
        </div>
      </form>
    </>
  );
}
