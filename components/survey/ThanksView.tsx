// The thank-you page: thanks only right after a submission (a short-lived, content-free
// cookie set by the submission); opened any other way, it says that nothing has been sent.
import type { RespondentUi } from "@/lib/i18n/respondent";
import type { Locale } from "@/lib/questionnaire/locale";

export function ThanksView({ locale, ui, sent }: { locale: Locale; ui: RespondentUi; sent: boolean }) {
  return (
    <>
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
    </>
  );
}
