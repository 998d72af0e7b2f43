// Server side of a question page or the check page: checks the survey is open and hands
// the single-language definition, the page's texts, the answers the no-JS cookie carries
// and the respondent server action (the no-JavaScript path) to the client form.
import type { Metadata } from "next";
import type { ComponentType } from "react";
import { respondentStep } from "@/app/[locale]/actions";
import { format, respondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import { pageState } from "@/lib/survey/answers-carry.server";
import { startedTokenForPage } from "@/lib/quality/started-token.server";
import type { FlowView } from "@/lib/survey/flow";
import type { Questionnaire } from "@/lib/questionnaire/types";
import { versionOf } from "@/lib/questionnaire/version";
import { clientDefinition, isSurveyOpen, pageDraftScope, pageQuestionnaire } from "@/lib/survey/page-data";
import { CHECK_PATH, stepPath, type Step } from "@/lib/survey/steps";
import { ClosedNotice } from "./ClosedNotice";
import { StepFields } from "./StepFields";
import type { SurveyFlowProps } from "./SurveyFlow";
import { SurveyShell } from "./SurveyShell";

export function stepMetadata(questionnaire: Questionnaire, locale: Locale, step: Step): Metadata {
  const def = clientDefinition(questionnaire, locale);
  const ui = respondentUi(locale);
  if (step === "screening") return { title: ui.screeningTitle };
  return { title: `${format(ui.partOf, { n: step + 1, total: def.parts.length })}: ${def.parts[step]?.title ?? ""}` };
}

/**
 * `Flow`: the client entry the route passes in (StepFlow on question pages, CheckFlow on the
 * check page), so each route's first-load script holds only its own view: a client
 * component imported anywhere in a route's server modules ships with that route.
 */
export async function StepPage({ locale, view, returnToCheck = false, Flow }: { locale: Locale; view: FlowView; returnToCheck?: boolean; Flow: ComponentType<SurveyFlowProps> }) {
  const ui = respondentUi(locale);
  const path = view.kind === "step" ? stepPath(view.step) : CHECK_PATH;
  const questionnaire = await pageQuestionnaire();
  const open = await isSurveyOpen();
  // The first question page starts the completion clock: a sealed token, kept by nobody
  // but the respondent's page (docs/decisions/016-quality-and-exclusions.md).
  const first = open && view.kind === "step" && view.step === "screening" && !returnToCheck;
  const carried = await pageState(questionnaire, locale, view, returnToCheck);
  // A token carried by the cookie (no JavaScript, after post/redirect/get) is kept; the first
  // visit of the screening page gets a new one.
  const initial = carried.started || !first ? carried : { ...carried, started: await startedTokenForPage() };
  const version = versionOf(questionnaire);
  const def = clientDefinition(questionnaire, locale);
  return (
    <SurveyShell locale={locale} path={path}>
      {!open ? (
        <ClosedNotice ui={ui} />
      ) : (
        <Flow
          key={path}
          locale={locale}
          version={version}
          scope={await pageDraftScope()}
          def={def}
          ui={ui}
          action={respondentStep.bind(null, locale)}
          initial={initial}
          fields={view.kind === "step" ? <StepFields locale={locale} version={version} def={def} ui={ui} step={view.step} state={initial} /> : undefined}
        />
      )}
    </SurveyShell>
  );
}
