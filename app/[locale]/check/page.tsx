import type { Metadata } from "next";
import { ClosedNotice } from "@/components/survey/ClosedNotice";
import { ReviewAnswers } from "@/components/survey/ReviewAnswers";
import { SurveyShell } from "@/components/survey/SurveyShell";
import { respondentUi } from "@/lib/i18n/respondent";
import { clientDefinition, isSurveyOpen, localeParam, questionnaireVersion } from "@/lib/survey/page-data";
import { CHECK_PATH } from "@/lib/survey/steps";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: respondentUi(await localeParam(params)).checkHeading };
}

export default async function CheckPage({ params }: Props) {
  const locale = await localeParam(params);
  const ui = respondentUi(locale);
  return (
    <SurveyShell locale={locale} path={CHECK_PATH}>
      {(await isSurveyOpen()) ? <ReviewAnswers locale={locale} version={questionnaireVersion} def={clientDefinition(locale)} ui={ui} /> : <ClosedNotice ui={ui} />}
    </SurveyShell>
  );
}
