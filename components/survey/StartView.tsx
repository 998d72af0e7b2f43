// The start page: what the survey is for, who runs it, what anonymous means here, how long
// it takes, then the invitation code (when the survey needs one and the browser holds none)
// or the actions; or the "closed" message when staff have closed the survey.
import type { RespondentUi } from "@/lib/i18n/respondent";
import type { InvitationUi } from "@/lib/invitations/messages";
import type { StartInvitation } from "@/lib/invitations/start-page.server";
import type { Locale } from "@/lib/questionnaire/locale";
import { InvitationCodeAccepted, InvitationCodeForm } from "@/components/invitation-code/InvitationCodeForm";
import { ClosedNotice } from "./ClosedNotice";
import { StartActions } from "./StartActions";
import { StartIntro } from "./StartIntro";

export interface StartViewProps {
  locale: Locale;
  title: string;
  ui: RespondentUi;
  invitationUi: InvitationUi;
  invitation: StartInvitation;
  open: boolean;
  firstPath: string;
}

export function StartView({ locale, title, ui, invitationUi, invitation, open, firstPath }: StartViewProps) {
  if (!open) return <ClosedNotice ui={ui} />;
  return (
    <>
      <StartIntro title={title} ui={ui} />
      {invitation.required && !invitation.held ? (
        <InvitationCodeForm locale={locale} ui={invitationUi} problem={invitation.problem} />
      ) : (
        <>
          {invitation.required ? <InvitationCodeAccepted ui={invitationUi} /> : null}
          <StartActions locale={locale} firstPath={firstPath} ui={ui} />
        </>
      )}
    </>
  );
}
