// Preview of the DRAFT: any page of the respondent flow in any language, rendered by the
// respondent components themselves (with and without JavaScript), inside a staff banner.
// It stores nothing and sends nothing: its form posts go to previewStepAction, which only
// navigates, and the script keeps nothing on the device (the respondent flow's previewBase).
// Staff only; this page carries the respondent stylesheets, not the staff one
// (app/admin/layout.tsx), so it looks exactly as respondents see it.
import { notFound } from "next/navigation";
import { previewStepAction } from "@/app/admin/actions/questionnaire-preview";
import { PreviewBanner } from "@/components/questionnaire-editor/PreviewBanner";
import { StepFields } from "@/components/survey/StepFields";
import { CheckFlow } from "@/components/survey/CheckFlow";
import { StartIntro } from "@/components/survey/StartIntro";
import { StepFlow } from "@/components/survey/StepFlow";
import { SurveyShell } from "@/components/survey/SurveyShell";
import { requireStaffPage } from "@/lib/auth/guard";
import { staffUiLocale } from "@/lib/auth/ui-locale";
import { getDb } from "@/lib/db/client";
import { respondentUi } from "@/lib/i18n/respondent";
import { fill, staffMessages } from "@/lib/i18n/staff";
import { loadDraftDefinition } from "@/lib/questionnaire/editing/draft.server";
import { PREVIEW_BASE, parsePreviewStep, previewHref, previewSteps } from "@/lib/questionnaire/editing/preview";
import { isLocale } from "@/lib/questionnaire/locale";
import { localise } from "@/lib/questionnaire/localise";
import { initialState } from "@/lib/survey/flow";
import "@/app/globals.css";
import "@/components/survey/survey.css";
import "@/components/questionnaire-editor/preview.css";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; step: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QuestionnairePreviewPage({ params, searchParams }: Props) {
  const staff = await requireStaffPage("questionnaire.read");
  const { locale, step: segment } = await params;
  if (!isLocale(locale)) notFound();
  const { definition, version } = await loadDraftDefinition(await getDb());
  const view = parsePreviewStep(definition, segment);
  if (!view) notFound();
  const m = staffMessages(await staffUiLocale(staff));
  const pm = m.questionnaireEditor.previewPage;
  const ui = respondentUi(locale);
  const def = localise(definition, locale);
  const steps = previewSteps(definition);
  const stepName = (s: string) =>
    s === "start" ? pm.steps.start : s === "screening" ? pm.steps.screening : s === "check" ? pm.steps.check : fill(pm.steps.part, { n: s.replace("part-", "") });
  const returnToCheck = (await searchParams).return === "check";
  const base = `${PREVIEW_BASE}/${locale}`;
  const initial = initialState(view, returnToCheck);
  const Flow = view.kind === "check" ? CheckFlow : StepFlow;
  return (
    <>
      <PreviewBanner
        text={pm.banner}
        title={fill(pm.title, { language: m.language.names[locale], step: stepName(segment) })}
        back={{ href: "/admin/questionnaire", label: pm.back }}
        nav={{ label: pm.navLabel, links: steps.map((s) => ({ href: previewHref(locale, s), label: stepName(s), current: s === segment })) }}
      />
      <div lang={locale}>
        <SurveyShell locale={locale} path="" links={{ brand: `${base}/start`, language: (l) => previewHref(l, segment) }}>
          {view.kind === "start" ? (
            <>
              <StartIntro title={def.title} ui={ui} />
              <div className="button-row">
                <a className="button button--start" href={`${base}/screening`}>
                  {ui.startButton}
                </a>
              </div>
            </>
          ) : (
            <Flow
              key={segment}
              locale={locale}
              version={`preview:${version}`}
              scope={`preview:${version}`}
              def={def}
              ui={ui}
              action={previewStepAction.bind(null, locale)}
              initial={initial}
              previewBase={base}
              fields={view.kind === "step" ? <StepFields locale={locale} version={`preview:${version}`} def={def} ui={ui} step={view.step} state={initial} /> : undefined}
            />
          )}
        </SurveyShell>
      </div>
    </>
  );
}
