import type { RespondentUi } from "@/lib/i18n/respondent";

export function ClosedNotice({ ui }: { ui: RespondentUi }) {
  return (
    <>
      <h1>{ui.closedHeading}</h1>
      <p className="lead">{ui.closedText}</p>
    </>
  );
}
