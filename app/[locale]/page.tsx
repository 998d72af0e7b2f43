// Start page: what the survey is for, who runs it, what anonymous means here, how long
// it takes; or the "closed" message when staff have closed the survey.
import { ClosedNotice } from "@/components/survey/ClosedNotice";
import { StartActions } from "@/components/survey/StartActions";
import { SurveyShell } from "@/components/survey/SurveyShell";
import { respondentUi } from "@/lib/i18n/respondent";
import { versionOf } from "@/lib/questionnaire/version";
import { isSurveyOpen, localeParam, pageDraftScope, pageQuestionnaire } from "@/lib/survey/page-data";
import { stepPath } from "@/lib/survey/steps";

export const dynamic = "force-dynamic";

export default async function StartPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await localeParam(params);
  const ui = respondentUi(locale);
  const open = await isSurveyOpen();
  const questionnaire = await pageQuestionnaire();
  return (
    <SurveyShell locale={locale} path="">
      {!open ? (
        <ClosedNotice ui={ui} />
      ) : (
        <>
          <h1>{questionnaire.title[locale]}</h1>
          <h2>{ui.startPurposeHeading}</h2>
          <p>{ui.startPurpose}</p>
          <h2>{ui.startWhoHeading}</h2>
          <p>{ui.startWho}</p>
          <h2>{ui.startAnonymousHeading}</h2>
          <p>{ui.startAnonymous}</p>
          <ul className="list">
            {ui.startAnonymousDetails.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <h2>{ui.startDurationHeading}</h2>
          <p>{ui.startDuration}</p>
          <StartActions locale={locale} version={versionOf(questionnaire)} scope={await pageDraftScope()} firstPath={stepPath("screening")} ui={ui} />
        </>
      )}
    </SurveyShell>
  );
}
