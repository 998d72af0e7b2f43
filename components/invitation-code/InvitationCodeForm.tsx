// The start page's invitation code entry: a plain form posting to /api/invitations/enter
// (works without JavaScript), with the verdict of the last try. Presentational: the page
// decides whether a code is needed and whether one is held.
import type { InvitationProblem, InvitationUi } from "@/lib/invitations/messages";
import type { Locale } from "@/lib/questionnaire/locale";

export function InvitationCodeForm({ locale, ui, problem }: { locale: Locale; ui: InvitationUi; problem?: InvitationProblem }) {
  return (
    <section aria-labelledby="invitation-code-heading" className="invitation-code">
      <h2 id="invitation-code-heading">{ui.heading}</h2>
      <p>{ui.intro}</p>
      {problem ? (
        <div className="notice notice--error" role="alert" data-invitation={problem}>
          <p>{ui.problems[problem]}</p>
        </div>
      ) : null}
      <form method="post" action="/api/invitations/enter">
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="invitation-code">{ui.label}</label>
          <p className="hint" id="invitation-code-hint">
            {ui.hint}
          </p>
          <input
            id="invitation-code"
            name="code"
            type="text"
            inputMode="text"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
            aria-describedby="invitation-code-hint"
            required
          />
        </div>
        <button type="submit" className="button">
          {ui.button}
        </button>
      </form>
    </section>
  );
}

/** Shown once a code is held: the respondent may start. */
export function InvitationCodeAccepted({ ui }: { ui: InvitationUi }) {
  return (
    <div className="notice" role="status" data-invitation="ok">
      <p>{ui.accepted}</p>
    </div>
  );
}
