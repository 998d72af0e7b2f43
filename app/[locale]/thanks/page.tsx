import type { Metadata } from "next";
import { SurveyShell } from "@/components/survey/SurveyShell";
import { respondentUi } from "@/lib/i18n/respondent";
import { localeParam } from "@/lib/survey/page-data";
import { THANKS_PATH } from "@/lib/survey/steps";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: respondentUi(await localeParam(params)).thanksHeading };
}

// Static: the thank-you page ships no JavaScript of its own.
export default async function ThanksPage({ params }: Props) {
  const locale = await localeParam(params);
  const ui = respondentUi(locale);
  return (
    <SurveyShell locale={locale} path={THANKS_PATH}>
      <div className="panel panel--confirmation">
        <h1>{ui.thanksHeading}</h1>
        <p className="lead">{ui.thanksText}</p>
      </div>
      <p>{ui.thanksAnonymous}</p>
      <p>
        <a href={`/${locale}`}>{ui.thanksBack}</a>
      </p>
    </SurveyShell>
  );
}
