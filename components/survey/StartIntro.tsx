// What the start page says before its actions: what the survey is for, who runs it, what
// anonymous means here, how long it takes. Shared by the respondents' start page and the
// staff preview's, so the preview shows the same words.
import type { RespondentUi } from "@/lib/i18n/respondent";

export function StartIntro({ title, ui }: { title: string; ui: RespondentUi }) {
  return (
    <>
      <h1>{title}</h1>
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
    </>
  );
}
