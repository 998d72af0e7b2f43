import type { Metadata } from "next";
import { cookies } from "next/headers";
import { SurveyShell } from "@/components/survey/SurveyShell";
import { respondentUi } from "@/lib/i18n/respondent";
import { localeParam } from "@/lib/survey/page-data";
import { THANKS_PATH } from "@/lib/survey/steps";
import { THANKS_COOKIE } from "@/lib/survey/thanks";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: respondentUi(await localeParam(params)).thanksHeading };
}

// Thanks only right after a submission (a short-lived, content-free cookie set by the
// submission); opened any other way, the page says that nothing has been sent.
export default async function ThanksPage({ params }: Props) {
  const locale = await localeParam(params);
  const ui = respondentUi(locale);
  const sent = (await cookies()).get(THANKS_COOKIE)?.value === "1";
  return (
    <SurveyShell locale={locale} path={THANKS_PATH}>
      {sent ? (
        <>
          <div className="panel panel--confirmation">
            <h1>{ui.thanksHeading}</h1>
            <p className="lead">{ui.thanksText}</p>
          </div>
          <p>{ui.thanksAnonymous}</p>
        </>
      ) : (
        <>
          <h1>{ui.thanksMissingHeading}</h1>
          <p className="lead">{ui.thanksMissingText}</p>
        </>
      )}
      <p>
        <a href={`/${locale}`}>{ui.thanksBack}</a>
      </p>
    </SurveyShell>
  );
}
