// Server side of a question page: checks the survey is open and hands the single-language
// definition and the page's texts to the one client component, StepForm.
import type { Metadata } from "next";
import { format, respondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";
import { clientDefinition, isSurveyOpen, questionnaireVersion } from "@/lib/survey/page-data";
import { CHECK_PATH, neighbours, stepHref, stepPath, type Step } from "@/lib/survey/steps";
import { ClosedNotice } from "./ClosedNotice";
import { StepForm } from "./StepForm";
import { SurveyShell } from "./SurveyShell";

function stepTexts(locale: Locale, step: Step) {
  const def = clientDefinition(locale);
  const ui = respondentUi(locale);
  if (step === "screening") return { caption: ui.screeningTitle, title: ui.screeningTitle, intro: def.intro };
  const part = def.parts[step];
  return {
    caption: format(ui.partOf, { n: step + 1, total: def.parts.length }),
    title: part?.title ?? "",
    intro: part?.intro,
  };
}

export function stepMetadata(locale: Locale, step: Step): Metadata {
  const { caption, title } = stepTexts(locale, step);
  return { title: step === "screening" ? title : `${caption}: ${title}` };
}

export async function StepPage({ locale, step }: { locale: Locale; step: Step }) {
  const ui = respondentUi(locale);
  const path = stepPath(step);
  const def = clientDefinition(locale);
  const { previous, next } = neighbours(def, step);
  const texts = stepTexts(locale, step);
  return (
    <SurveyShell locale={locale} path={path}>
      {!(await isSurveyOpen()) ? (
        <ClosedNotice ui={ui} />
      ) : (
        <StepForm
          key={path}
          locale={locale}
          version={questionnaireVersion}
          def={def}
          step={step}
          ui={ui}
          caption={texts.caption}
          title={texts.title}
          intro={texts.intro}
          path={path}
          backHref={previous === undefined ? `/${locale}` : stepHref(locale, previous)}
          nextHref={next === undefined ? `/${locale}${CHECK_PATH}` : stepHref(locale, next)}
          nextLabel={next === undefined ? ui.toCheck : ui.next}
        />
      )}
    </SurveyShell>
  );
}
