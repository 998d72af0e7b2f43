// On the check page, when the invitation code was refused at the end: why, that the
// answers are kept, and (without JavaScript, where the answers travel in this form) a
// field to type a code and send again. With JavaScript the draft stays on the device and
// the code is entered on the start page.
// The strings come in as a prop (one language, from the server): the catalogue of all three
// stays out of the respondent's script.
import type { InvitationProblem, InvitationUi } from "@/lib/invitations/messages";
import type { Locale } from "@/lib/questionnaire/locale";

export function CodeAtCheck({ locale, ui, problem, enhanced }: { locale: Locale; ui: InvitationUi; problem: InvitationProblem; enhanced: boolean }) {
  return (
    <div className="notice notice--error" role="alert" data-invitation={problem}>
      <p>{ui.problems[problem]}</p>
      <p>{ui.keptAnswers}</p>
      {enhanced ? (
        <p>
          <a href={`/${locale}`}>{ui.heading}</a>
        </p>
      ) : (
        <div className="field">
          <label htmlFor="invitation-code-check">{ui.label}</label>
          <input id="invitation-code-check" name="invitationCode" type="text" autoComplete="off" autoCapitalize="characters" spellCheck={false} maxLength={40} />
        </div>
      )}
    </div>
  );
}
